# A sudoku solver: constraint propagation plus backtracking search.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.guesses = 0
        self.propagated = 0

    def propagate(self):
        changed = True
        while changed:
            changed = False
            for r in range(9):
                for c in range(9):
                    if self.grid[r][c] == 0:
                        options = candidates(self.grid, r, c)
                        if not options:
                            return False
                        if len(options) == 1:
                            self.grid[r][c] = options[0]
                            self.propagated += 1
                            changed = True
        return True

    def solve(self):
        snapshot = [row[:] for row in self.grid]
        if not self.propagate():
            self.grid = snapshot
            return False
        empties = [(r, c) for r in range(9) for c in range(9) if self.grid[r][c] == 0]
        if not empties:
            return True
        r, c = min(empties, key=lambda rc: len(candidates(self.grid, *rc)))
        for d in candidates(self.grid, r, c):
            self.guesses += 1
            self.grid[r][c] = d
            if self.solve():
                return True
            self.grid[r][c] = 0
        self.grid = snapshot
        return False


def valid(grid):
    groups = [row for row in grid] + [list(col) for col in zip(*grid)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
               for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)


def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        cells = [str(v) if v else "." for v in row]
        lines.append(" | ".join(" ".join(cells[i:i + 3]) for i in (0, 3, 6)))
    return "\n".join(lines)


grid = parse(PUZZLE)
print(show(grid))
print("empty cells:", sum(row.count(0) for row in grid), "candidates at (0,2):", candidates(grid, 0, 2))
solver = Solver(grid)
print("solved:", solver.solve(), "valid:", valid(solver.grid))
print(show(solver.grid))
print("filled by propagation:", solver.propagated, "guesses:", solver.guesses)
hard = parse(PUZZLE)
for r, c in [(0, 0), (0, 1), (1, 0), (2, 1), (3, 0), (4, 0)]:
    hard[r][c] = 0
s2 = Solver(hard)
print("harder variant solved:", s2.solve(), "valid:", valid(s2.grid), "same solution:", s2.grid == solver.grid)
broken = parse(PUZZLE)
broken[0][2] = 5
s3 = Solver(broken)
print("contradictory puzzle solved:", s3.solve())
