# An uncaught KeyboardInterrupt: __exit__ and finally run, the traceback names the interrupted frames, and the
# exit status is 130 (CPython dies of SIGINT, which a shell shows as 128 + 2).
class Resource:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        print("__exit__", typ.__name__, flush=True)
        return False


def spin():
    x = 0
    while True:
        x += 1


try:
    with Resource():
        print("ready", flush=True)
        spin()
finally:
    print("finally ran", flush=True)
print("not reached")
