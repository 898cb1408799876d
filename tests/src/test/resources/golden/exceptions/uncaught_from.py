# An uncaught exception raised with `raise ... from ...`.
def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError("bad port setting") from exc

print("port:", parse_port("80"))
print("port:", parse_port("eighty"))
