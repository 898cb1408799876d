# dict methods and views.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
ks = d.keys()
d["new"] = 0
print(ks, len(ks), "new" in ks, d.values(), d.items())
print(sorted(ks & {"a", "q"}), sorted(ks - {"a"}), sorted(ks | {"q"}))
c = d.copy()
c["a"] = -1
print(d["a"], c["a"], c is not d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], "v"))
d.clear()
print(d, len(d), bool(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
order = {}
for k in ["banana", "apple", "cherry"]:
    order[k] = len(k)
order["apple"] = 0
del order["banana"]
order["banana"] = 1
print(order, list(order))
merged = {"a": 1} | {"b": 2, "a": 3}
print(merged)
merged |= {"c": 4}
print(merged)
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "t", None: "n", "s": "s"})
print(list({"a": 1}.items())[0], type({}.keys()).__name__)
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], nested)
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())})
print({"x": 1} == {"x": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    for key in merged:
        merged["zz"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
