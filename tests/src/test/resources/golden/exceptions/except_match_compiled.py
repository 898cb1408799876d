# except clauses matched in hot (compiled) code, then after the classes change: a clause keeps its answer for a
# pair of classes only while the raised class's MRO is unchanged.
class A(Exception): pass
class B(A): pass
class C(Exception): pass


def classify(k):
    try:
        raise (A, B, C, ValueError, KeyError)[k % 5]("x")
    except (C, ValueError):
        return "cv"
    except A as e:
        return type(e).__name__
    except LookupError:
        return "lookup"


counts = {}
for i in range(60_000):
    r = classify(i)
    counts[r] = counts.get(r, 0) + 1
print(sorted(counts.items()))


class X(Exception): pass
class Y(Exception): pass
class Z(X): pass


def which():
    try:
        raise Z()
    except Y:
        return "Y"
    except X:
        return "X"


print(sum(which() == "X" for _ in range(60_000)))
Z.__bases__ = (Y,)
print(which(), sum(which() == "Y" for _ in range(60_000)))
X.tag = 1  # a change to a class that is no longer a base
Z.__bases__ = (X,)
print(which())


def bad_clause(cls):
    try:
        try:
            raise KeyError(1)
        except cls:
            return "caught"
    except TypeError as e:
        return "TypeError: " + str(e)


for cls in (KeyError, LookupError, 42, (KeyError, 42), (42, KeyError), Exception):
    print(repr(cls), bad_clause(cls))


class Meta(type):
    def __subclasscheck__(cls, sub):
        return True


class Q(Exception, metaclass=Meta): pass


def with_meta():
    try:
        try:
            raise KeyError(2)
        except Q:
            return "caught by Q"
    except KeyError:
        return "KeyError passes Q (no __subclasscheck__ in except)"


print(with_meta())
