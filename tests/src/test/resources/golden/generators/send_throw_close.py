# send, throw and close on generators.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  generator handled", e)
        except KeyError:
            print("  generator re-raising KeyError")
            raise
r = resilient()
print(next(r))
print(r.throw(ValueError("oops")))
try:
    r.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
print(next(r, "closed after error"))
def with_cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  cleanup in finally")
c = with_cleanup()
print(next(c))
c.close()
print("closed")
c.close()
print(next(c, "exhausted"))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(ig, "finished after ignoring exit"))
unstarted = with_cleanup()
unstarted.close()
print("closing an unstarted generator runs no finally")
def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("  echo received", received)
e = echo()
next(e)
e.send("a")
e.send("b")
e.close()
t = with_cleanup()
try:
    t.throw(IndexError("before start"))
except IndexError as ex:
    print("throw into unstarted:", ex)
