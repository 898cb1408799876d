# Ctrl-C while a loop runs raises KeyboardInterrupt where the program is; an except clause catches it and the
# program goes on.
n = 0
try:
    print("ready", flush=True)
    while True:
        n += 1
except KeyboardInterrupt as e:
    print("caught", repr(e), e.args, n > 0)
print("done")
