# -P, PYTHONSAFEPATH and -I: nothing is put before sys.path, so a module next to the script (or in the current
# directory for -c and stdin) does not shadow the library's; sys.flags.safe_path says so.
# (textwrap, a smaller library module than json: ten child interpreters each import it)
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "textwrap.py"), "w") as f:
        f.write("print('the textwrap.py next to the script')\n")
    script = os.path.join(d, "main.py")
    with open(script, "w") as f:
        f.write("import sys\nprint(sys.path[0] == %r, sys.flags.safe_path, sys.flags.isolated)\nimport textwrap\n" % d)

    def run(args, env_extra=None, stdin=None):
        env = dict(os.environ)
        env.pop("PYTHONSAFEPATH", None)
        env.update(env_extra or {})
        r = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=d, input=stdin)
        shown = [a.replace(d, "DIR") for a in args]
        print(shown, env_extra or "", "->", r.returncode, r.stdout.splitlines(), r.stderr.splitlines()[-1:])

    run([script])
    run(["-P", script])
    run(["-I", script])
    run([script], {"PYTHONSAFEPATH": "1"})
    run(["-E", script], {"PYTHONSAFEPATH": "1"})
    run([script], {"PYTHONSAFEPATH": ""})
    code = "import sys; print(repr(sys.path[0]) if sys.path[0] == '' else 'library first'); import textwrap"
    run(["-c", code])
    run(["-P", "-c", code])
    run(["-P", "-"], stdin=code)
    run(["-"], stdin=code)
