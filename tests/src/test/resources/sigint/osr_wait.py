# Ctrl-C while a loop waits for its on-stack-replacement compilation: the test runs auditpy with
# --auditpy.OSRWait=0, so from its first poll after the request the loop alternates between waiting for the
# compilation (still cold here: a second or more) and running; either way KeyboardInterrupt comes at the loop.
def work():
    total = 0
    i = 0
    while True:
        total += i & 7
        i += 1
        if i == 40_000:
            print("ready 0.3", flush=True)


try:
    work()
except KeyboardInterrupt:
    print("interrupted the waiting loop")
