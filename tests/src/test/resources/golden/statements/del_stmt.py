# del of names, subscripts, slices and attributes.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    cls_attr = "c"
o = O()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), o.other)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
del O.cls_attr
print(hasattr(O, "cls_attr"))
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
