# An uncaught exception raised by a raise statement through two nested calls.
def validate(value):
    if value < 0:
        raise ValueError("x")
    return value

def process(values):
    total = 0
    for v in values:
        total += validate(v)
    return total

def main():
    print("first total:", process([1, 2, 3]))
    print("second total:", process([4, -5]))

main()
print("never printed")
