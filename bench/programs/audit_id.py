"""audit_id: the cost of audit events on a hot path. A loop calls id(x) (which raises the audit event
`builtins.id` in CPython 3.8+) and sys.audit("bench.event", i) on every iteration.
  argv: [reps] [none|hook] [n]
  none (default): no audit hook is installed, so both events should cost (almost) nothing;
  hook: first installs, with sys.addaudithook, a hook that ignores every event except "open",
        so each event costs one Python call that returns at once.
Run by bench/run also on auditpy with `-X audit=off` (auditing disabled entirely) as the baseline."""
import sys
import time

opened = []


def h(event, args):
    if event != "open":
        return
    opened.append(args[0])


def workload(n):
    x = [1, 2, 3]
    y = "y"
    base = id(x)
    same = 0
    i = 0
    while i < n:
        if id(x) == base:
            same += 1
        sys.audit("bench.event", i)
        if id(y) == base:
            same -= 1000
        i += 1
    return same


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    mode = sys.argv[2] if len(sys.argv) > 2 else "none"
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 3_200_000
    if mode == "hook":
        sys.addaudithook(h)
    elif mode != "none":
        print(f"audit_id: unknown mode {mode!r} (expected none or hook)", file=sys.stderr)
        sys.exit(2)
    result = None
    for rep in range(1, reps + 1):
        t0 = time.perf_counter()
        r = workload(n)
        t1 = time.perf_counter()
        print(f"rep {rep} {t1 - t0:.6f}", file=sys.stderr)
        if result is not None and r != result:
            print(f"error: rep {rep} gave {r}, expected {result}", file=sys.stderr)
            sys.exit(3)
        result = r
    if opened:
        print(f"audit_id: the hook saw {len(opened)} open event(s)", file=sys.stderr)
    print(f"checksum {result}")


main()
