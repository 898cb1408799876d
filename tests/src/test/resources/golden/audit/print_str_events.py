# print() writes each argument as it converts it (CPython's builtin_print calls PyFile_WriteObject per argument):
# what an argument's __str__ prints, or an audit hook prints for an event that str() raises, comes after the
# arguments before it.
import sys

class Noisy:
    def __str__(self):
        print("[in __str__]", end=" ")
        return "noisy"

    def __repr__(self):
        print("[in __repr__]", end=" ")
        return "Noisy()"

print("a", Noisy(), "b")
print("x", (1, Noisy()), sep="|")

def hook(event, args):
    if event == "builtins.id":
        print("<event %s>" % event, end=" ")

class WithId:
    def __repr__(self):
        return "WithId(%s)" % (type(id(self)).__name__)

sys.addaudithook(hook)
print("before", [WithId()], "after")
print("only", WithId())
