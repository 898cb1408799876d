# The resource module: limits through libc prlimit, CPython's errors for bad resources and limits, getrusage as a
# struct sequence, and the resource.setrlimit / resource.prlimit audit events (limits unchanged: set to what they are).
import sys, resource
def hook(e, a):
    if e.startswith('resource.'):
        print(e, a)
sys.addaudithook(hook)
s, h = resource.getrlimit(resource.RLIMIT_NOFILE); print(s > 0, h >= s, resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (s, h))
resource.setrlimit(resource.RLIMIT_NOFILE, [s, h])
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (s, h))
print(resource.prlimit(0, resource.RLIMIT_NOFILE, (s, h)) == (s, h))
for bad in [(h + 1, h), (1, 2, 3), 5, ("a", 1), (2**64, 1), (-2, 1)]:
    try: resource.setrlimit(resource.RLIMIT_NOFILE, bad)
    except Exception as e: print(type(e).__name__, e)
    try: resource.prlimit(0, resource.RLIMIT_NOFILE, bad)
    except Exception as e: print(type(e).__name__, e)
for f in (lambda: resource.getrlimit(99), lambda: resource.setrlimit(-1, (1, 1)), lambda: resource.prlimit(999999, resource.RLIMIT_NOFILE),
          lambda: resource.getrusage(5), lambda: resource.prlimit(0, 16), lambda: resource.getrlimit("x")):
    try: f()
    except Exception as e: print(type(e).__name__, e)
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), r.ru_maxrss > 0, type(r.ru_utime).__name__, type(r.ru_minflt).__name__, r[0] == r.ru_utime, repr(r).startswith("resource.struct_rusage(ru_utime="))
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_nswap, resource.getpagesize(), resource.error is OSError)
print(resource.getrlimit(resource.RLIMIT_CORE)[1], resource.RLIMIT_OFILE, resource.RUSAGE_THREAD, resource.getrusage.__module__, resource.struct_rusage.__module__)
print(sorted(n for n in dir(resource) if not n.startswith('_')))
