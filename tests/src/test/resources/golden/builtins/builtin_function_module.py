# __module__ of the functions of library modules (the module that defines them, as CPython), and pickling them by it
import os, time, math, socket, signal, sys, errno, struct, marshal, gc, atexit, io, pickle
for f in (os.getcwd, os.system, os.WIFEXITED, time.time, time.sleep, math.sqrt, signal.signal, sys.exit, sys.getrecursionlimit,
          gc.collect, atexit.register, marshal.dumps, struct.pack, len, print, io.open, os.fspath, math.floor):
    print(f.__name__, f.__module__)
print(pickle.loads(pickle.dumps(os.getcwd)) is os.getcwd, pickle.loads(pickle.dumps(math.sqrt)) is math.sqrt)
