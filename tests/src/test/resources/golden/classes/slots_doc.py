# A '__doc__' slot in a class without a docstring is the instances' own (no conflict with the class's implicit
# __doc__); with a docstring it conflicts, as in CPython.
class A:
    __slots__ = ('_name', '__doc__')
a = A()
a.__doc__ = 'per-instance doc'
print(a.__doc__)
b = A()
try:
    print(b.__doc__)
except AttributeError as e:
    print("AttributeError", e)
try:
    class B:
        'docstring'
        __slots__ = ('__doc__',)
except ValueError as e:
    print("ValueError", e)
class C:
    pass
print(C.__doc__, C.__dict__['__doc__'])
