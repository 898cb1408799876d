print("never printed")


def outer():
    def inner(x, y, x):
        return x
    return inner
