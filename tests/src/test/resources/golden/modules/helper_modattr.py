"""Module attributes read by module_attr_cache.py."""
value = 1
counter = 0


def get():
    return value
