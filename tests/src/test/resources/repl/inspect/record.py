"""Records what python3 (CPython 3.11) prints for each line of cases.txt: NAME.out, NAME.err, NAME.status (this
folder's path written as @DIR@). Run from this folder: python3 record.py"""
import os
import subprocess
import sys

for line in open("cases.txt"):
    if not line.strip() or line.startswith("#"):
        continue
    name, env, args, stdin = (part.strip() for part in line.split("|"))
    e = dict(os.environ)
    e.pop("PYTHONINSPECT", None)
    if env != "-":
        k, v = env.split("=", 1)
        e[k] = v
    words = args.split(" ")
    if "-c" in words:
        # everything after -c is the one command argument
        i = words.index("-c")
        words = words[:i + 1] + [" ".join(words[i + 1:])]
    argv = words
    p = subprocess.run([sys.executable] + argv, input=stdin.replace("\\n", "\n"), capture_output=True, text=True, env=e)
    here = os.getcwd()
    open(name + ".out", "w").write(p.stdout.replace(here, "@DIR@"))
    open(name + ".err", "w").write(p.stderr.replace(sys.executable, "python3").replace(here, "@DIR@"))
    open(name + ".status", "w").write(str(p.returncode) + "\n")
