# if/elif/else, while/else, for/else, break, continue, pass.
for n in range(-2, 3):
    if n < 0:
        print(n, "neg")
    elif n == 0:
        print(n, "zero")
    elif n == 1:
        pass
    else:
        print(n, "pos")
i = 0
while i < 3:
    i += 1
else:
    print("while finished normally", i)
i = 0
while True:
    i += 1
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
for x in [1, 2, 3]:
    if x == 10:
        break
else:
    print("for-else ran")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print("for broke at", x)
out = []
for x in range(10):
    if x % 2:
        continue
    if x > 6:
        break
    out.append(x)
print(out)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print("pair", outer, inner)
n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print("multiple of 3:", n)
else:
    print("while-else after continue", n)
for _ in []:
    print("never")
else:
    print("empty for-else")
while False:
    pass
else:
    print("while False else")
def find(seq, target):
    for pos, item in enumerate(seq):
        if item == target:
            return pos
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
