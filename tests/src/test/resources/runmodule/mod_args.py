# run by RuntimeTest as `-m mod_args a b`: the module runs as __main__, with sys.argv[0] its file
import sys
print(__name__, __package__ == "", sys.argv[0].endswith("runmodule/mod_args.py"), sys.argv[1:])
