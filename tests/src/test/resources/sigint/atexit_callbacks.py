# Ctrl-C during the atexit callbacks: each callback's KeyboardInterrupt is reported as unraisable and the next
# callback runs; the exit status stays 0.
import atexit
import time


class Callback:
    def __init__(self, name, body):
        self.name = name
        self.body = body

    def __call__(self):
        self.body()

    def __repr__(self):
        return "<callback %s>" % self.name


def sleeper():
    print("ready", flush=True)
    try:
        time.sleep(60)
    except KeyboardInterrupt:
        print("sleep in atexit interrupted", flush=True)


def spinner():
    print("ready", flush=True)
    while True:
        pass


atexit.register(Callback("sleeper", sleeper))
atexit.register(Callback("spinner", spinner))
print("main done", flush=True)
