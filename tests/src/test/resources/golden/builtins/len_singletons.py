# len() of None, Ellipsis and NotImplemented is a TypeError that except catches (it was an internal error).
for v in (None, ..., NotImplemented):
    try:
        len(v)
    except TypeError as e:
        print("TypeError", e)
