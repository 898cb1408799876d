# Truth values of builtin objects.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {"k": 0},
          set(), None, True, False, b"", b"\x00", range(0), range(1)]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
print(not 0, not "x", not None)
print(bool(-0.0), bool(float("nan")), bool({0}), bool(frozenset()))
print(True + True, True * 10, False - 1)
print(True == 1, False == 0, True is not None)
print(isinstance(True, int), int(True), str(False))
print([x for x in values if x].__len__())
