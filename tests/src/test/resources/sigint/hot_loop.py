# A hot loop, compiled by the time Ctrl-C comes (the test lets it run two more seconds), is interrupted at its
# back edge like the interpreter's.
def work():
    total = 0
    i = 0
    while True:
        total += i & 7
        i += 1
        if i == 3_000_000:
            print("ready 2", flush=True)


try:
    work()
except KeyboardInterrupt:
    print("interrupted the hot loop")
work()
