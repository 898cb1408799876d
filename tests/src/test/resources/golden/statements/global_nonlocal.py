# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created_later
    created_later = "made"
make_global()
print(created_later)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def deep():
    v = 0
    def mid():
        def inner():
            nonlocal v
            v += 10
        inner()
        inner()
    mid()
    return v
print(deep())
shadow = "global"
def reads():
    return shadow
def shadows():
    shadow = "local"
    return shadow
print(reads(), shadows(), shadow)
def unbound():
    try:
        print(shadow)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    shadow = 1
unbound()
def g():
    global shadow
    shadow = "reassigned"
g()
print(shadow)
class K:
    val = 1
    def method(self):
        return val
val = "module val"
print(K().method())
def loop_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())
