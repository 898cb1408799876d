"""Records CPython 3.11's output for BytesWarningTest: run `python3 record.py` in this directory.

For each case of cases.txt, NAME.out and NAME.err get python3's stdout and stderr (this directory's absolute
path written @DIR@, as python3 shows a script's path) and NAME.status its exit status.
"""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
for line in open('cases.txt'):
    if line.startswith('#') or not line.strip():
        continue
    name, *args = line.rstrip('\n').split('|')
    args = [open(a[1:]).read() if a.startswith('@') else a for a in args]
    r = subprocess.run(['python3', *args], capture_output=True, text=True)
    for ext, text in (('out', r.stdout), ('err', r.stderr), ('status', f'{r.returncode}\n')):
        with open(f'{name}.{ext}', 'w') as f:
            f.write(text.replace(here, '@DIR@'))
