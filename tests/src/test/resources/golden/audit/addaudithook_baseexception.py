# A hook raising an exception that is not an Exception subclass makes
# sys.addaudithook propagate it, and the new hook is not added.
import sys

mode = [None]

def strict(event, args):
    if event == "sys.addaudithook" and mode[0] is not None:
        raise mode[0]("refused by strict hook")

def late(event, args):
    if event == "test.ping":
        print("  late hook called")

sys.addaudithook(strict)
for exc_type in (BaseException, KeyboardInterrupt, SystemExit):
    mode[0] = exc_type
    try:
        sys.addaudithook(late)
        print(exc_type.__name__, "-> hook added")
    except BaseException as e:
        print(exc_type.__name__, "-> propagated:", type(e).__name__, e.args)
print("ping with no late hook installed:")
sys.audit("test.ping")
mode[0] = None
sys.addaudithook(late)
print("ping after adding late hook normally:")
sys.audit("test.ping")
