# A UTF-8 byte order mark at the start of the script is dropped (PEP 263).
s = "café"
print(s, len(s), ascii(s))
