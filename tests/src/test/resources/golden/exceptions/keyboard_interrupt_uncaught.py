# An uncaught KeyboardInterrupt is reported like any error, and the exit status is 130 (CPython ends the
# process with SIGINT: 128 + 2), also when sys.excepthook is replaced; a SystemExit ends with its own status.
import sys


def handler(kind, value, tb):
    print("excepthook:", kind.__name__, repr(value))


try:
    raise KeyboardInterrupt("caught one")
except KeyboardInterrupt as e:
    print("caught", repr(e))
sys.excepthook = handler
raise KeyboardInterrupt
