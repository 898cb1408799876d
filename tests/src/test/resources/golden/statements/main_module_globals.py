# The __main__ module's namespace as CPython 3.11 makes it for a script: an empty __annotations__ from the start,
# __file__ while the script runs, and no __file__ (or __cached__) once it has run, as atexit callbacks see it.
import atexit

print(sorted(k for k in globals() if k.startswith("__")))
print(__annotations__)
x: int = 1
print(__annotations__)


def report():
    print("atexit:", sorted(k for k in globals() if k.startswith("__")))


atexit.register(report)
