# The default display of an uncaught NameError appends the suggestion (here from the function's
# locals) to the last line; the chained exception shown first gets its own.
def helper(values):
    total = 0
    for value in values:
        total += valeu
    return total


try:
    {}.itmes()
except AttributeError:
    helper([1, 2])
