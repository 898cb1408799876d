# Builtins that recurse through objects count towards the recursion limit as CPython's Py_EnterRecursiveCall,
# so objects nested too deeply raise a RecursionError that Python code can catch, naming the operation.
nested = []
for i in range(100000):
    nested = [nested]
other = []
for i in range(100000):
    other = [other]
tup = ()
for i in range(100000):
    tup = (tup,)
dct = {}
for i in range(100000):
    dct = {"k": dct}

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except RecursionError as e:
        print(label, type(e).__name__, e)

attempt("repr list", lambda: repr(nested))
attempt("str list", lambda: str(nested))
attempt("repr tuple", lambda: repr(tup))
attempt("str dict", lambda: str(dct))
attempt("f-string", lambda: f"{nested}")
attempt("format", lambda: "{}".format(nested))
attempt("percent", lambda: "%s" % (nested,))
attempt("print", lambda: print(nested))
attempt("eq", lambda: nested == other)
attempt("ne", lambda: nested != other)
attempt("lt", lambda: nested < other)
attempt("in", lambda: nested in [other])
attempt("index", lambda: [other].index(nested))
attempt("count", lambda: [other].count(nested))
attempt("dict eq", lambda: dct == {"k": {"k": dct}})
print(tup < tup, nested == nested)

class Node:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return "Node(" + repr(self.child) + ")"
chain = None
for i in range(5000):
    chain = Node(chain)
try:
    repr(chain)
except RecursionError as e:
    # (which check fails first, the repr's or the call's, differs: only the type is compared)
    print("user repr", type(e).__name__)
short = Node(Node(None))
print(repr(short))

# the interpreter is still usable, at full depth, afterwards
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
print(repr([[[1, 2], (3,)], {"a": [4]}]))
