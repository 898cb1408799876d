# A yield inside the header of a compound statement (if/elif/while test, for iterable, with context
# expression) whose body also yields: a resume continues in the header with the value sent.


def if_test():
    if (yield "if?"):
        yield "then"
    else:
        yield "else"
    if (yield "elif-a?"):
        yield "a"
    elif (yield "elif-b?"):
        yield "b"
    else:
        yield "neither"


def while_test():
    n = 0
    while (yield f"again? {n}"):
        n += 1
        yield f"body {n}"
    else:
        yield "while-else"
    return n


def for_iter():
    for x in (yield "items?"):
        yield x * 2
    else:
        yield "for-else"
    for y in [(yield "one?"), (yield "two?")]:
        yield y


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])
        return False


def with_manager():
    with (yield "manager?") as v:
        yield f"inside {v}"
    yield "after"


def nested():
    total = 0
    while (yield "more?"):
        if (yield "add?"):
            total += (yield "how much?")
            yield total
    return total


def drive(gen, sends):
    out = [next(gen)]
    try:
        for s in sends:
            out.append(gen.send(s))
    except StopIteration as e:
        out.append(("stop", e.value))
    print(out)


drive(if_test(), [1, None, 0, None, 0, 1, None])
drive(if_test(), [0, None, 1, None])
drive(while_test(), [True, None, True, None, False, None])
drive(while_test(), [0, None])
drive(for_iter(), [[1, 2, 3], None, None, None, None, "p", "q", None, None])
drive(with_manager(), [CM("cm"), None, None])
drive(nested(), [1, 1, 5, None, 1, 0, 1, 1, 7, None, 0])


def thrown():
    try:
        if (yield "test"):
            yield "body"
    except ValueError as e:
        yield f"caught {e}"


g = thrown()
print(next(g), g.throw(ValueError("in test")))
