# run by RuntimeTest as `auditpy dirmain x`: a directory runs its __main__.py, the directory is sys.path[0]
import sys
import helper_in_dir
print(__name__, sys.argv, sys.path[0].endswith("runmodule/dirmain"), helper_in_dir.VALUE)
