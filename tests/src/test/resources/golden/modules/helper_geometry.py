"""Helper module imported by import_module.py (not a test by itself)."""
PI_APPROX = 3.14

print("helper_geometry loading as", __name__)

_private = "hidden"
calls = 0


def area(w, h):
    global calls
    calls += 1
    return w * h


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return area(self.w, self.h)


if __name__ == "__main__":
    print("helper_geometry run as a script")
