import sys
print(__name__, __package__, sys.argv[0].endswith("pkg_main/__main__.py"))
