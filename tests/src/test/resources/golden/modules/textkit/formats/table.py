"""Table rendering with a relative import from the parent package."""
from .. import words
from ..numbers import spell

print("textkit.formats.table loading as", __name__)


def render(rows):
    width = max(len(str(r[0])) for r in rows)
    lines = []
    for name, value in rows:
        lines.append(f"{str(name):<{width}} | {spell(value)} ({words.count_words(name)} words)")
    return "\n".join(lines)
