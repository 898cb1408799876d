# match and case are soft keywords: names everywhere except at the start of a match statement or case block.
match = [3, 4, 5]
case = {"a": 1}
print(match[0], match[1:])
match[0] = 9
print(match)
match, case = case, match
print(match, case)
match = lambda *a: a
print(match(1, 2))
match(1)
match (2, 3)
class match:
    case = 5
print(match.case)
def case(match):
    return match
print(case(7))
x = 3
match -x:
    case -3:
        print("minus")
match x, 2:
    case (3, 2):
        print("tuple subject")
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")
match (x):
    case 3 if x > 2:
        print("guard")
_ = 5
match 5:
    case _:
        print("wildcard", _)
def g():
    for i in range(3):
        match i:
            case 0:
                yield "a"
            case 1:
                yield "b"
            case n:
                yield n
print(list(g()))
match = 1
print(match + 1 * 2, [match for match in range(2)])
