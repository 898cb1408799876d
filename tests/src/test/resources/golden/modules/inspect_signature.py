# inspect.signature, Signature and Parameter (CPython 3.11's Lib/inspect.py) and inspect's predicates
import functools
import inspect
from inspect import Parameter, Signature, signature


def show_error(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('->', r)


def every_kind(a, b: int = 1, /, c='x', *args: str, d, e: 'float' = 2.5, **kw: dict) -> None:
    """Every kind of parameter.

        Indented detail.
    """


def plain(x, y):
    pass


def gen():
    yield 1


def nested():
    def inner(q):
        return q
    return inner


sig = signature(every_kind)
print(sig)
print(repr(sig).startswith('<Signature (a, b: int = 1, /'))
for p in sig.parameters.values():
    print(p.name, p.kind, int(p.kind), p.kind.description, p.default is p.empty, repr(p.default), p.annotation, str(p), repr(p))
print(sig.return_annotation, signature(plain).return_annotation is Signature.empty, Parameter.empty is inspect._empty)
print(signature(lambda *, k=[]: k), signature(lambda *a, **k: 0), signature(lambda: 0), signature(lambda x, /: 0))
print(signature(nested()), signature(gen))


class Widget:
    def __init__(self, name, size=3, *, color='red'):
        self.name = name

    def method(self, a, b=2):
        pass

    @classmethod
    def make(cls, spec):
        pass

    @staticmethod
    def helper(z, *rest):
        pass

    def __call__(self, event):
        pass


w = Widget('w')
print(signature(Widget), signature(w.method), signature(Widget.method), signature(Widget.make))
print(signature(Widget.helper), signature(w), signature(w.make))


class WithNew:
    def __new__(cls, a, b=0):
        return super().__new__(cls)


class Plain:
    pass


class Child(Widget):
    pass


print(signature(WithNew), signature(Plain), signature(Child), signature(object))

part = functools.partial(every_kind, 1, c='y', d=4)
print(signature(part))
print(signature(functools.partial(plain, y=2)), signature(functools.partial(plain, 1)))


def wrapped(p, q=1):
    pass


@functools.wraps(wrapped)
def wrapper(*args, **kwargs):
    return wrapped(*args, **kwargs)


print(signature(wrapper), signature(wrapper, follow_wrapped=False), inspect.unwrap(wrapper) is wrapped)


def with_sig(*args):
    pass


with_sig.__signature__ = Signature([Parameter('only', Parameter.POSITIONAL_OR_KEYWORD)])
print(signature(with_sig))

# Signature.bind and bind_partial
ba = sig.bind(1, 2, 'c', 'extra', d=4, z=9)
print(ba, ba.args, ba.kwargs, dict(ba.arguments))
ba.apply_defaults()
print(ba)
pb = signature(plain).bind_partial(y=5)
print(pb, pb.args, pb.kwargs)
show_error(lambda: signature(plain).bind(1))
show_error(lambda: signature(plain).bind(1, 2, 3))
show_error(lambda: signature(plain).bind(1, 2, x=3))
show_error(lambda: signature(plain).bind(1, y=2, z=3))
show_error(lambda: sig.bind(1, 2))
show_error(lambda: sig.bind(a=1, d=2))
show_error(lambda: signature(lambda a, /: 0).bind(a=1))

# building signatures and parameters
p1 = Parameter('x', Parameter.POSITIONAL_ONLY, default=0)
p2 = Parameter('y', Parameter.KEYWORD_ONLY, annotation=int)
s2 = Signature([p1, p2], return_annotation=str)
print(s2, s2 == Signature([p1, p2], return_annotation=str), s2 == sig, hash(s2) == hash(Signature([p1, p2], return_annotation=str)))
print(s2.replace(return_annotation=Signature.empty), p1.replace(name='w', default=Parameter.empty), p2.replace(kind=Parameter.VAR_KEYWORD))
print(Signature.from_callable(plain), Signature(), Signature([Parameter('self', Parameter.POSITIONAL_OR_KEYWORD)]))
show_error(lambda: Signature([p2, p1]))
show_error(lambda: Signature([Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)]))
show_error(lambda: Signature([p1, p1]))
show_error(lambda: Parameter('1x', Parameter.POSITIONAL_ONLY))
show_error(lambda: Parameter('x', 7))
show_error(lambda: Parameter('x', Parameter.VAR_POSITIONAL, default=1))
show_error(lambda: Parameter('lambda', Parameter.KEYWORD_ONLY))
show_error(lambda: signature(3))
show_error(lambda: signature(Widget.__dict__["helper"]))

# predicates and helpers
print(inspect.isfunction(plain), inspect.isfunction(len), inspect.ismethod(w.method), inspect.ismethod(Widget.method))
print(inspect.isclass(Widget), inspect.isclass(w), inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isbuiltin(plain))
print(inspect.isroutine(len), inspect.isroutine(plain), inspect.isroutine(w.method), inspect.isroutine(3))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain), inspect.isgenerator(gen()), inspect.isgenerator([]))
print(inspect.iscoroutinefunction(plain), inspect.isawaitable(3), inspect.isabstract(Widget), inspect.isdatadescriptor(property()))
print(inspect.getmro(Child) == (Child, Widget, object), inspect.getmodule(plain).__name__, inspect.getmodule(functools.partial).__name__)
print(inspect.getdoc(every_kind))
print(repr(inspect.cleandoc('  first\n    second\n      third\n')))
print([name for name, _ in inspect.getmembers(Widget) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(w, inspect.ismethod)])
print(type(inspect.getattr_static(w, 'make')).__name__, inspect.getattr_static(Widget, 'helper').__func__.__qualname__, inspect.getattr_static(w, 'name'))
show_error(lambda: inspect.getattr_static(w, 'missing'))
print(inspect.getfullargspec(every_kind))
print(inspect.getcallargs(plain, 1, y=2), inspect.getcallargs(every_kind, 1, d=3))
print(inspect.CO_GENERATOR, inspect.CO_VARARGS, gen.__code__.co_flags & inspect.CO_GENERATOR, nested.__code__.co_flags, nested().__code__.co_flags)
print(inspect.formatannotation(int), inspect.formatannotation('x'), inspect.formatannotation(list[int]))
