# Importing a plain module that lives next to the test.
import sys
print("before import:", "helper_geometry" in sys.modules)
import helper_geometry
print("after import:", "helper_geometry" in sys.modules)
import helper_geometry as geo
print(geo is helper_geometry, geo.__name__, geo.PI_APPROX)
from helper_geometry import area, Rect
print(area(3, 4), Rect(2, 5).area(), geo.calls)
from helper_geometry import *
print("_private" in dir(), "area" in dir(), "PI_APPROX" in dir())
print(helper_geometry._private, geo.__doc__)
print(sorted(n for n in vars(geo) if not n.startswith("__")))
print(type(geo).__name__, geo.__file__.endswith("helper_geometry.py"))
print(__name__, __file__.endswith("import_module.py") if "__file__" in dir() else "no file")
