# An atexit callback's exception is printed by the default unraisable hook: "Name: message" even for an empty
# message, and without the exceptions it was chained to.
import atexit


class Callback:
    def __init__(self, body):
        self.body = body

    def __call__(self):
        self.body()

    def __repr__(self):
        return "<callback %s>" % self.body.__name__


def empty():
    raise ValueError


def chained():
    try:
        {}["key"]
    except KeyError:
        raise RuntimeError("while handling")


atexit.register(Callback(chained))
atexit.register(Callback(empty))
print("registered")
