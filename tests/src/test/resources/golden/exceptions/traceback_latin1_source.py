# -*- coding: latin-1 -*-
# The traceback shows the source lines decoded with the declared codec.
def f():
    raise ValueError("café")  # été


f()
