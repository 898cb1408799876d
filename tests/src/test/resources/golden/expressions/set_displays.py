# Set displays and comprehensions are built as CPython 3.11 compiles them: a display of 3 or more
# constants is a frozenset constant (rebuilt once by the compiler) merged into a new set; a for loop
# or a comprehension over a display of constants iterates that frozenset; other displays add their
# elements in order, a starred one by set.update.
print({145, 195, 16, 65, 30, 126, 194})
for x in {145, 195, 16, 65, 30, 126, 194}:
    print(x, end=' ')
print()
print([x for x in {145, 195, 16, 65, 30, 126, 194}])
print({x for x in {145, 195, 16, 65, 30, 126, 194}})
v = 145
print({v, 195, 16, 65, 30, 126, 194})
print({-1, -9, 7, 15, 23, 31, -17, (1, 2), (2, 1)})
for x in {-1, -9, 7, 15, 23, 31, -17, (1, 2), (2, 1)}:
    print(x, end=' ')
print()
print({2**6, 1 << 7, 3 * 64, -(2**8), 0x100, 64 + 256, 5 // 2, 7 % 3, ~0, not 0})
print({1.5, -2.5, 0.25, 16.0, 32.5, 2 / 4})
print({(0, 1), (1, 0), (1, 1), (0, 0), (2, 2), (3, 3), (-1, -1), ((1,), 2)})
print({1, 9}, {9, 1}, {17, 1}, {1, 17, 9})
print(sorted({'b', 'a', 'c'}))
print(5 in {1, 5, 9}, 6 not in {1, 5, 9}, 3 in {1, 2} | {3})

# many elements, or starred elements
w = 100
print({w, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, -1, -2})
print({*range(5), 100, *{64, 32}, w - 1})
t = set(range(0, 80, 8))
t.discard(16)
t.discard(32)
print(t, {*t}, {0, *t}, {*t, 0}, {*[3, 1, 2]})
print({*{}, *'', 1})

# comprehensions add in iteration order
print({i * 37 % 101 for i in range(40)})
print({(i % 3, i % 5) for i in range(30)})
print({-i for i in range(20)})
print({i / 4 for i in range(12)})
print(frozenset(i * 7 % 50 for i in range(30)))
print({x for x in range(60) if x % 7 == 3} | {x for x in [100, 200, 3]})
print([sorted(s) for s in ({1, 2}, {3})])

# errors come where CPython raises them
def f(n):
    print('eval', n)
    return n
try:
    {f(1), [], f(2)}
except TypeError as e:
    print('TypeError', e)
try:
    {f(1), *[[]], f(2)}
except TypeError as e:
    print('TypeError', e)
try:
    {f(0), f(1), f(2), f(3), f(4), f(5), f(6), f(7), [], f(9), f(10), f(11), f(12), f(13), f(14), f(15)}
except TypeError as e:
    print('TypeError', e)
try:
    {f(0), f(1), f(2), f(3), f(4), f(5), f(6), f(7), f(8), f(9), f(10), f(11), f(12), f(13), f(14), f(15),
     f(16), f(17), f(18), f(19), f(20), f(21), f(22), f(23), [], f(25), f(26), f(27), f(28), f(29), f(30)}
except TypeError as e:
    print('TypeError', e)
print({w, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
       28, 29, 30, -3})
