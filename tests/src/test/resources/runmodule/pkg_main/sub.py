print(__name__, __package__, __file__.endswith("pkg_main/sub.py"))
