# A hook that is not callable: sys.addaudithook accepts it; the next event fails in it. The TypeError of the
# call has no traceback entries, so CPython prints it after "Exception ignored in audit hook:" without a
# "Traceback" header (here for the sys.excepthook event of the uncaught error), then the error itself.
import sys

sys.addaudithook(5)
print("added")
try:
    sys.audit("custom.event", 1)
except TypeError as e:
    print("caught:", e)
sys.audit("custom.again")
