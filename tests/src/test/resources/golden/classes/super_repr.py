# repr of super objects: the types' bare names (tp_name), as super_repr
class B: pass
class C(B): pass
print(repr(super(B)), repr(super(B, C())), repr(super(B, C)), repr(super(int, True)))
class D(C):
    def m(self):
        return repr(super())
print(D().m())
