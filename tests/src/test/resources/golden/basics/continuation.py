# Explicit and implicit line continuation.
total = 1 + \
        2 + \
        3
print(total)

if total > 5 and \
   total < 10:
    print("in range")

values = [
    1, 2,
    3,   # comment inside brackets
    4,
]
print(values)

mapping = {
    "a": 1,
    "b": (2,
          3),
}
print(mapping)

result = (10
          * 20
          - 5)
print(result)

def f(a,
      b,
      c=3):
    return a + b + c

print(f(1,
        2))
print(f(
    1, 2, c=
    10))

text = ("abc"
        "def"
        'ghi')
print(text)

s = 'one \
two'
print(s)

long_call = max(
    [3, 9, 2],
    key=lambda v: -v
)
print(long_call)
nested = [[1, 2,
           3], [4,
                5]]
print(nested)
print(1 +\
2)
