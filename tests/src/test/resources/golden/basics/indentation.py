# Indentation, nested blocks, blank and comment lines, semicolons.

def classify(n):
    # a comment at block indentation
    if n < 0:
        return "negative"

    elif n == 0:
            # deeper comment, odd indentation is fine for comments
            return "zero"
    else:
        if n % 2 == 0:
            if n > 100:
                return "big even"
            return "even"
        else:

            return "odd"


for value in [-5, 0, 3, 4, 1000]:
    print(value, classify(value))

x = 1; y = 2; z = x + y; print(x, y, z)
if z == 3: print("one-line if body")
for i in range(3): print("one-line for", i)
while x < 4: x += 1
print("x after loop", x)

def tabbed():
	# tab indentation inside a function
	total = 0
	for k in range(4):
		total += k
	return total
print("tabbed", tabbed())

class Box:
    """Doc string line"""

    def __init__(self, v):

        self.v = v
    # comment between methods

    def get(self):
        return self.v
print(Box(42).get())

if True:
    pass
# trailing comment at column zero
    # trailing comment with indentation
print("end")
