# -*- coding: latin-1 -*-
# The script is decoded with the codec its coding line names (PEP 263).
s = "café à ÿ"
print(s, len(s), [hex(ord(c)) for c in s])
print(b"x".decode(), "µ" == "\u00b5")
