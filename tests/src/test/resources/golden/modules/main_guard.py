# __name__ of the main module and of imported modules; if __name__ == "__main__".
print("main module name:", __name__)
def main():
    print("main() called because __name__ is", repr(__name__))
    import helper_geometry
    print("imported module name:", helper_geometry.__name__)
if __name__ == "__main__":
    main()
else:
    print("imported, not run")
import sys
print(sys.modules["__main__"].__name__, "main" in dir(sys.modules["__main__"]))
