# io.TextIOWrapper can be subclassed, as in CPython (auditpy refused it: its standard streams' own class, which keeps
# refusing, had the same name).
import io


class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


b = io.BytesIO()
t = Upper(b, encoding="utf-8")
t.write("hello\n")
t.flush()
print(b.getvalue(), isinstance(t, io.TextIOWrapper), [c.__name__ for c in type(t).__mro__[:2]])
