# SystemExit with None and with other objects.
import sys
try:
    sys.exit()
except SystemExit as e:
    print("code:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code:", e.code)
try:
    exit_code = sys.exit
    exit_code([1, 2])
except SystemExit as e:
    print("code:", e.code)
print("exiting with a list")
sys.exit([1, 2])
