# A NUL character in a path: ValueError with CPython's messages (str paths and open(): 'embedded null byte'; bytes paths: 'FN: embedded null character in path')
import os, pathlib, shutil
for f in [lambda: open('a\0b'), lambda: open(b'a\0b'), lambda: os.stat('a\0b'), lambda: os.stat(b'a\0b'), lambda: os.mkdir('a\0b'),
          lambda: os.listdir('a\0b'), lambda: os.listdir(b'a\0'), lambda: os.mkdir(b'a\0'), lambda: os.rename('a\0b', 'c'),
          lambda: pathlib.Path('x\0').exists(), lambda: pathlib.Path('x\0').read_text(), lambda: shutil.copy('a\0', 'b')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
