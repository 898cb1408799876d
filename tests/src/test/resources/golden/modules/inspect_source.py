# inspect's source, frame and state helpers (CPython 3.11's inspect.py, tokenize.py and token.py): getsource and
# getsourcelines of functions and methods, stack() and getframeinfo(), generator states, isabstract; tokenize itself
import abc
import inspect
import io
import os
import tokenize


def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('->', r)


def decorated(fn):
    return fn


class Shapes:
    @decorated
    def area(self, w,
             h=2):
        """Area."""
        return w * h  # product

    def frame_here(self):
        return inspect.currentframe()


square = lambda n: n * n  # noqa

print(inspect.getsource(Shapes.area), end='')
lines, start = inspect.getsourcelines(Shapes.frame_here)
print(start, len(lines), lines[0], end='')
print(inspect.getsource(square), end='')
print(inspect.getcomments(Shapes.area), inspect.getdoc(Shapes.area))
show(lambda: os.path.basename(inspect.getsourcefile(Shapes)))
show(lambda: inspect.getsource(len))
show(lambda: inspect.getsource(3))


def outer():
    return inner()


def inner():
    return [(os.path.basename(fi.filename), fi.lineno, fi.function, fi.code_context, fi.index) for fi in inspect.stack()[:3]]


for entry in outer():
    print(entry)
info = inspect.getframeinfo(Shapes().frame_here())
print(os.path.basename(info.filename), info.lineno, info.function, info.code_context, info.positions.lineno, type(info.positions).__module__)
frame = Shapes().frame_here()
print(frame.f_code.co_name, inspect.isframe(frame), inspect.iscode(frame.f_code), inspect.getlineno(frame))


def gen():
    yield 1
    yield 2


g = gen()
print(inspect.getgeneratorstate(g), g.gi_suspended)
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended, inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g), g.gi_suspended)


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Done(Base):
    def run(self):
        return 1


print(inspect.isabstract(Base), inspect.isabstract(Done), inspect.isabstract(int), Base.__flags__ & inspect.TPFLAGS_IS_ABSTRACT != 0)
print(inspect.CO_NESTED, inspect.CO_NOFREE, bool(outer.__code__.co_flags & inspect.CO_NESTED))

source = "def f(x):\n    return x + 1  # c\n\nclass A:\n    '''doc'''\n    y = [1,\n         2]\n"
for t in tokenize.generate_tokens(io.StringIO(source).readline):
    print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end)
print([t.string for t in tokenize.tokenize(io.BytesIO(b'x = 1\n').readline)])
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO('a  =  [1,2]\n').readline)))
show(lambda: list(tokenize.generate_tokens(io.StringIO('x = (1,\n').readline)))
