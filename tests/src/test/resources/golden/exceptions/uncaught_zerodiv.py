# An uncaught ZeroDivisionError in an expression: 3.11 prints caret lines.
def average(values, count):
    return sum(values) / count

def report(data):
    n = len(data) - len(data)
    print("items:", len(data))
    return average(data, n)

report([1, 2, 3])
