# exit and quit, which site adds to the builtins (Lib/_sitebuiltins.py)
import sys
print(repr(exit), repr(quit))
print(type(exit).__name__, type(exit).__module__, type(exit) is type(quit))
print(exit.name, quit.name, exit.eof)
print(callable(exit), "exit" in dir(__builtins__) if not isinstance(__builtins__, dict) else "exit" in __builtins__)
try:
    quit(5)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
print("stdin closed:", sys.stdin.closed)
exit("bye")
