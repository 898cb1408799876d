# coding: utf-16
# a cookie naming a codec whose bytes are not ASCII-compatible: "encoding problem" as CPython
print("never")
