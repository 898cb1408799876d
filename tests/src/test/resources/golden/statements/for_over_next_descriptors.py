# A class whose __next__ is a staticmethod, a classmethod or a callable object: for loops, comprehensions and list()
# bind it as the attribute lookup does (the loop's cached fast path is only for plain functions).
class S:
    n = 0
    def __iter__(self):
        return self
    @staticmethod
    def __next__():
        S.n += 1
        if S.n > 3:
            raise StopIteration
        return S.n * 10

class C:
    k = 0
    def __iter__(self):
        return self
    @classmethod
    def __next__(cls):
        cls.k += 1
        if cls.k > 2:
            raise StopIteration
        return cls.__name__ + str(cls.k)

class Callable:
    def __init__(self):
        self.i = 0
    def __call__(self, owner_self=None):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return ("call", owner_self is None)

class O:
    __next__ = Callable()
    def __iter__(self):
        return self

for _ in range(3):
    S.n = 0; C.k = 0
    print([x for x in S()], list(C()))
    print(list(O()))
    out = []
    for v in S():
        out.append(v)
    print(out)
