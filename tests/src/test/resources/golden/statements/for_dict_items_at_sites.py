# for k, v in d.items() (the key and value taken without an item tuple), once and in a hot loop: order after
# deletions and re-insertions, values rebound during the loop, a key added or removed during the loop (RuntimeError),
# break and resuming the same items iterator, an items iterator made before the loop, other targets (one name, a
# starred one, three names), dict subclasses with their own items(), and empty dicts.

def run():
    out = []
    d = {"a": 1, "b": 2, "c": 3}
    del d["b"]
    d["b"] = 20
    d["d"] = 4
    out.append([(k, v) for k, v in d.items()])
    acc = []
    for k, v in d.items():
        acc.append(k + str(v))
        d[k] = v * 10
    out.append((acc, d))
    for change in ("add", "remove", "readd"):
        e = {1: "x", 2: "y", 3: "z"}
        seen = []
        try:
            for k, v in e.items():
                seen.append(k)
                if change == "add":
                    e[k + 10] = v
                elif change == "remove":
                    del e[3]
                elif k == 1:
                    del e[1]
                    e[1] = "again"
        except RuntimeError as ex:
            seen.append(str(ex))
        out.append((change, seen))
    it = iter({"p": 1, "q": 2, "r": 3}.items())
    for k, v in it:
        if k == "p":
            break
    out.append(([(k, v) for k, v in it], list(it)))
    items = {"x": [1, 2], "y": [3, 4]}.items()
    rows = []
    for k, (a, b) in items:
        rows.append(k * a + str(b))
    for pair in items:
        rows.append(pair)
    for k, *rest in items:
        rows.append((k, rest))
    out.append(rows)
    try:
        for a, b, c in {"k": 1}.items():
            pass
    except ValueError as ex:
        out.append(str(ex))

    class Rev(dict):
        def items(self):
            return reversed(list(super().items()))
    out.append([(k, v) for k, v in Rev(a=1, b=2).items()])
    total = 0
    for k, v in {}.items():
        total += 1
    else:
        out.append(("empty", total))
    return out


for line in run():
    print(line)

total = 0
big = {"k%d" % i: i for i in range(300)}
for rep in range(400):
    for k, v in big.items():
        total += v + len(k)
    big["k%d" % (rep % 300)] = rep
print(total, run() == run())
