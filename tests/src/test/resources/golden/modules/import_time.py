# -X importtime and PYTHONPROFILEIMPORTTIME: a line on stderr for each import that misses sys.modules, nested
# imports indented under the one that caused them, failed ones too; nothing with -E for the variable.
import os
import re
import subprocess
import sys

LINE = re.compile(r"import time: +(\d+) \| +(\d+) \| ( *)(\S+)$")


def run(args, env_extra=None):
    env = dict(os.environ)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env)


def lines(stderr):
    got = {}
    for ln in stderr.splitlines():
        m = LINE.match(ln)
        if m:
            got[m.group(4)] = (int(m.group(1)), int(m.group(2)), len(m.group(3)))
    return got


r = run(["-X", "importtime", "-c", "import json.decoder; print('ran')"])
print(r.stdout, end="")
err = r.stderr.splitlines()
print("header:", err[0])
got = lines(r.stderr)
print("json:", "json" in got, "json.decoder:", "json.decoder" in got)
self_us, cum, indent = got["json.decoder"]
print("json.decoder at level 0:", indent == 0, "self <= cumulative:", self_us <= cum)
print("json nested under it:", got["json"][2] > 0, "json's cumulative within:", got["json"][1] <= cum)
print("every line parsed:", all(LINE.match(ln) for ln in err[1:]))
print("sys.flags / _xoptions:", sys.flags.ignore_environment, "importtime" in sys._xoptions)

r = run(["-X", "importtime", "-c", "import not_a_module_at_all"])
print("failed import listed:", "not_a_module_at_all" in lines(r.stderr), r.stderr.splitlines()[-1])

r = run(["-c", "import json"], {"PYTHONPROFILEIMPORTTIME": "1"})
print("variable:", "json" in lines(r.stderr))
r = run(["-E", "-c", "import json"], {"PYTHONPROFILEIMPORTTIME": "1"})
print("variable with -E:", repr(r.stderr))
r = run(["-c", "import json"])
print("neither:", repr(r.stderr))
