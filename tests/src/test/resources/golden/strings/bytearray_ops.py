# bytearray: mutation and conversion.
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba, len(ba), ba[0], bytes(ba))
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba)
ba.insert(0, 74)
print(ba, ba.pop(), ba)
ba.remove(ord("E"))
print(ba, ba.find(b"l"), ba.count(b"l"))
ba.reverse()
print(ba)
print(bytearray(4), bytearray([1, 2, 3]), bytearray("ab", "ascii"), bytearray(b"x") * 3)
print(ba.decode("ascii").upper(), ba.hex())
b2 = bytearray(b"abc")
b2 += b"def"
print(b2, b2 == b"abcdef", b2.upper(), b2.replace(b"c", b"C"))
print(list(bytearray(b"AZ")), bytearray(b"a,b").split(b","))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
b3 = bytearray(b"12345")
b3[::2] = b"xyz"
print(b3)
b3.clear()
print(b3, len(b3))
