# from __future__ import annotations (PEP 563): each annotation is stored as its text, written back from the syntax
# tree with CPython's spacing and parentheses (Python/ast_unparse.c), in classes, modules and functions
from __future__ import annotations
class C:
    a: int
    b: List[ int ]
    c: Dict[str, 'X']
    d: 1 + 2
    e: (1, 2)
    f: -1
    g: a | b | None
    h: Callable[[int, str], None]
    i: Tuple[()]
    j: Tuple[int, ...]
    k: x.y.z
    l: lambda x, *a, k=1, **kw: x
    m: f(a, *b, c=d, **e)
    n: a if b else c
    o: not a and b or c
    p: a < b <= c is not d not in e
    q: (a, b)
    r: [*a]
    s: {1: 2, **d}
    t: {1, 2}
    u: [x for x in y if x]
    v: (x for x in y)
    w: f(x for x in y)
    x: a[1:2, ::3]
    y: 2 ** -1
    z: (a + b) * c
    ab: b'x\n'
    ac: 1e400
    ad: 1j
    ae: 1 .real
    af: f'{a!r:>{w}} {{x}}'
    ag: "it's"
    ai: a[b][c](d)
    aj: ~a
    ak: - (a ** b)
    al: (-a) ** b
    am: {k: v for k, v in x}
    an: a[*b]
    ao: a[1:2]
    aq: ...
    ar: (a)
    at: Optional[str]
    au: None
    av: 'T'
print(*C.__annotations__.items(), sep='\n')
def f(a: int, *args: Ts, b: 'x' = 1, **kw: Dict[str, int]) -> List[int]: pass
print(f.__annotations__)
y: int = 3
z: str
print(__annotations__)


class Inner:
    def method(self, x: Outer.Inner[int] = None) -> 'Inner':
        local: undefined_name = 1
        self.attr: int = 2
        return local


print(Inner.method.__annotations__, Inner().method())
import dataclasses


@dataclasses.dataclass
class Point:
    x: int
    y: Optional[float] = None
    tags: List[str] = dataclasses.field(default_factory=list)
    count: ClassVar[int] = 0


print(Point(1), Point.__doc__, [f.type for f in dataclasses.fields(Point)], Point.__annotations__)
