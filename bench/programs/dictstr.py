"""dictstr: dict and string work. Builds keys with f-strings and concatenation, splits and joins text,
counts words in dicts, uses str methods (lower, upper, strip, replace, startswith, find) and
dict methods (get, setdefault, items, keys), plus str hashing and comparison."""
import sys
import time

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
         "sigma tau upsilon phi chi psi omega").split()


def make_text(lines):
    out = []
    seed = 7
    for i in range(lines):
        parts = []
        for j in range(12):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            w = WORDS[seed % len(WORDS)]
            if seed & 16:
                w = w.upper()
            parts.append(w)
        out.append(" ".join(parts) + ("." if i % 3 else ",  "))
    return "\n".join(out)


def workload(lines):
    text = make_text(lines)
    counts = {}
    for line in text.split("\n"):
        for word in line.strip().replace(".", "").replace(",", "").split():
            w = word.lower()
            counts[w] = counts.get(w, 0) + 1
    # index: key built from pieces -> list of positions
    index = {}
    for i, word in enumerate(text.split()):
        key = f"{word[:2].lower()}:{len(word)}"
        index.setdefault(key, []).append(i)
    # string rebuilding
    pieces = []
    for key in sorted(index):
        positions = index[key]
        pieces.append(key + "=" + str(len(positions)) + "/" + str(positions[-1] % 97))
    summary = ";".join(pieces)
    found = 0
    for w in WORDS:
        if summary.find(w[:2] + ":") >= 0:
            found += 1
        if w.startswith("p") or w.endswith("a"):
            found += 2
    # dict of dicts keyed by derived strings
    nested = {}
    for w, c in counts.items():
        first = w[0]
        inner = nested.get(first)
        if inner is None:
            inner = nested[first] = {}
        inner[w + str(c % 10)] = c
    total = 0
    for first in sorted(nested.keys()):
        for k, v in nested[first].items():
            total += v * len(k) + ord(first)
    return total + len(summary) * 3 + found + len(index)


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    lines = int(sys.argv[2]) if len(sys.argv) > 2 else 60_000
    result = None
    for rep in range(1, reps + 1):
        t0 = time.perf_counter()
        r = workload(lines)
        t1 = time.perf_counter()
        print(f"rep {rep} {t1 - t0:.6f}", file=sys.stderr)
        if result is not None and r != result:
            print(f"error: rep {rep} gave {r}, expected {result}", file=sys.stderr)
            sys.exit(3)
        result = r
    print(f"checksum {result}")


main()
