# Conway's Game of Life on a small toroidal grid for N generations.
def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line.strip()):
            if ch == "O":
                cells.add((r, c))
    return cells


def step(cells, rows, cols):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {pos for pos, n in counts.items() if n == 3 or (n == 2 and pos in cells)}


def show(cells, rows, cols):
    return "\n".join("".join("O" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))


def bounding_box(cells):
    if not cells:
        return None
    rs = [r for r, _ in cells]
    cs = [c for _, c in cells]
    return (min(rs), min(cs), max(rs), max(cs))


def run(name, pattern, rows, cols, generations, show_every):
    cells = parse(pattern)
    print(f"== {name}: {rows}x{cols}, {len(cells)} live cells")
    history = {frozenset(cells): 0}
    for gen in range(1, generations + 1):
        cells = step(cells, rows, cols)
        if gen % show_every == 0:
            print(f"generation {gen}: population {len(cells)}, box {bounding_box(cells)}")
            print(show(cells, rows, cols))
        key = frozenset(cells)
        if key in history:
            print(f"state at generation {gen} repeats generation {history[key]} (period {gen - history[key]})")
            return
        history[key] = gen
    print(f"final population after {generations}: {len(cells)}")


GLIDER = """
.O.
..O
OOO
"""
BLINKER = """
OOO
"""
TOAD = """
.OOO
OOO.
"""
R_PENTOMINO = """
.OO
OO.
.O.
"""
run("blinker", BLINKER, 5, 5, 6, 1)
run("toad", TOAD, 6, 6, 4, 1)
run("glider", GLIDER, 8, 8, 32, 8)
run("r-pentomino", R_PENTOMINO, 12, 12, 30, 10)
