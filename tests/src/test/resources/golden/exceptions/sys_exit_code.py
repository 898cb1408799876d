# sys.exit with an integer status.
import sys
print("before exit")
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("exiting with 3")
sys.exit(3)
print("never printed")
