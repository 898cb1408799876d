# Any callable can be a hook: functions, bound methods, callable instances, lambdas.
import sys

class Recorder:
    def __init__(self, name):
        self.name = name
        self.events = []

    def method_hook(self, event, args):
        if event.startswith("test."):
            self.events.append((self.name + ".method", event, args))

    def __call__(self, event, args):
        if event.startswith("test."):
            self.events.append((self.name + ".__call__", event, args))

log = []
rec = Recorder("rec")

def function_hook(event, args):
    if event.startswith("test."):
        log.append(("function", event, args))

sys.addaudithook(function_hook)
sys.addaudithook(rec.method_hook)
sys.addaudithook(rec)
sys.addaudithook(lambda event, args: log.append(("lambda", event, args)) if event.startswith("test.") else None)
sys.audit("test.first", 1)
sys.audit("test.second")
for entry in log + rec.events:
    print(entry)

class Wrong:
    def __call__(self, event):
        pass

print("a hook with the wrong signature breaks every later event:")
sys.addaudithook(Wrong())
try:
    sys.audit("test.third")
except TypeError as e:
    print("TypeError:", e)
