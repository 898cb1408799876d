# from __future__ import annotations (PEP 563): annotations are not evaluated, so forward references and
# undefined names in them raise nothing; the __future__ module's feature records.
from __future__ import annotations

import __future__


class Node:
    next: Node
    value: int = 3

    def link(self, other: Node) -> Node:
        return other


print(Node.value, Node().link(5))
x: Undefined = 1
print(x)


def f(a: Missing, *, b: AlsoMissing = 2) -> Nowhere:
    return a + b


print(f(1))
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names[-1], __future__.division.compiler_flag, __future__.CO_FUTURE_ANNOTATIONS)
