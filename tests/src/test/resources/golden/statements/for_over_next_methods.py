# for-loops over objects whose class defines __next__ (the method cached per class): StopIteration and its
# subclasses end them, other errors pass, a class whose __next__ changes mid-loop, __next__ = None, file objects
class It:
    def __init__(self): self.k = 0
    def __iter__(self): return self
    def __next__(self):
        self.k += 1
        if self.k > 3: raise StopIteration(99)
        return self.k
print(list(It()), [x for x in It()], sum(It()))
class Sub(StopIteration): pass
class It2(It):
    def __next__(self):
        self.k += 1
        if self.k > 2: raise Sub
        return -self.k
for x in It2(): print("it2", x)
class Bad(It):
    def __next__(self):
        raise ValueError("boom")
try:
    for x in Bad(): pass
except ValueError as e: print("ValueError", e)
class Swap(It):
    pass
def _stop(self):
    raise StopIteration
it = Swap()
for x in it:
    print("swap", x)
    if x == 1:
        Swap.__next__ = _stop
del Swap.__next__
class G:
    def __iter__(self): return self
    __next__ = None
try:
    for x in G(): pass
except TypeError as e: print("TypeError", e)
import io
f = io.StringIO("a\nb\nc")
for line in f: print(repr(line))
for cls in [It, It2] * 3:
    print(cls.__name__, list(cls()))
def gen():
    yield 1
    yield 2
for x in gen(): print("gen", x)
