# Maze solving on a grid given as a string: BFS shortest path, DFS reachability.
from collections import deque

MAZE = """
###############
#S....#.......#
#.###.#.#####.#
#.#...#.#...#.#
#.#.###.#.#.#.#
#.#.....#.#...#
#.#######.###.#
#.......#...#.#
#######.###.#.#
#.......#...#E#
###############
"""


def parse(text):
    grid = [list(line) for line in text.strip().splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    return grid, start, end


def neighbours(grid, pos):
    r, c = pos
    for dr, dc in ((-1, 0), (0, 1), (1, 0), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            yield nr, nc


def bfs(grid, start, end):
    prev = {start: None}
    queue = deque([start])
    visited_order = 0
    while queue:
        cur = queue.popleft()
        visited_order += 1
        if cur == end:
            break
        for nxt in neighbours(grid, cur):
            if nxt not in prev:
                prev[nxt] = cur
                queue.append(nxt)
    if end not in prev:
        return None, visited_order
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], visited_order


def dfs_component(grid, start):
    seen = set()
    stack = [start]
    while stack:
        cur = stack.pop()
        if cur in seen:
            continue
        seen.add(cur)
        stack.extend(n for n in neighbours(grid, cur) if n not in seen)
    return seen


def render(grid, path):
    canvas = [row[:] for row in grid]
    for r, c in path[1:-1]:
        canvas[r][c] = "*"
    return "\n".join("".join(row) for row in canvas)


def directions(path):
    names = {(-1, 0): "N", (1, 0): "S", (0, 1): "E", (0, -1): "W"}
    steps = [names[(b[0] - a[0], b[1] - a[1])] for a, b in zip(path, path[1:])]
    runs = []
    for s in steps:
        if runs and runs[-1][0] == s:
            runs[-1][1] += 1
        else:
            runs.append([s, 1])
    return " ".join(f"{d}{n}" for d, n in runs)


grid, start, end = parse(MAZE)
print("size:", len(grid), "x", len(grid[0]), "start:", start, "end:", end)
path, visited = bfs(grid, start, end)
print("shortest path length:", len(path) - 1, "cells visited:", visited)
print(render(grid, path))
print("route:", directions(path))
open_cells = sum(row.count(".") for row in grid) + 2
reachable = dfs_component(grid, start)
print("open cells:", open_cells, "reachable from start:", len(reachable))
grid[8][7] = "#"
path2, visited2 = bfs(grid, start, end)
print("after blocking (8, 7):", "no path" if path2 is None else len(path2) - 1, "visited:", visited2)
print("reachable now:", len(dfs_component(grid, start)), "end reachable:", end in dfs_component(grid, start))
