# f-strings with conversions and expressions.
name = "Ada"
score = 91.25
items = ["x", "y"]
print(f"{name} scored {score}")
print(f"{name!r} {name!s} {name!a}")
cafe = "caf\u00e9"
print(f"{cafe!a} {cafe!r} {cafe}")
print(f"{items} {items!r} {len(items)}")
print(f"{1 + 2 * 3} {score * 2} {name.upper()} {items[0]}")
print(f"{{literal braces}} {{{name}}}")
d = {"key": "val"}
print(f"{d['key']} {d}")
print(f"{'nested ' + f'{name}'}")
print(f"{name=} {score=} {1 + 1=}")
print(f"{3.0} {1e20} {1/3} {None} {True}")
print(f"multi {name}"
      f" part {score}")
x = 10
print(f"{x if x > 5 else 0} {(lambda: 7)()} {[i for i in range(3)]}")
print(f"{'quote'}" f'{"double"}')
class Thing:
    def __str__(self):
        return "str-of-thing"
    def __repr__(self):
        return "Thing()"
    def __format__(self, spec):
        return f"formatted[{spec}]"
t = Thing()
print(f"{t} {t!s} {t!r} {t:abc}")
print(f"{b'bytes'} {(1, 'a')}")
print(f"""triple {name}
second""")
print(rf"raw\n{name}")
