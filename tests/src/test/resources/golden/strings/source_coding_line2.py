#!/usr/bin/env python3
# vim: set fileencoding=cp1252 :
# A declaration on line 2 counts when line 1 is a comment.
print("€ “quoted”", [hex(ord(c)) for c in "€“"])
