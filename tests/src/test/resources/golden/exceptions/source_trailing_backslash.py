# A backslash continuation at the end of the file (no newline after it).
print("never printed")
\