"""Number helpers using a relative import of a sibling module."""
from .words import count_words

print("textkit.numbers loading as", __name__)


def words_per_number(text, n):
    return count_words(text) / n


def spell(n):
    names = ["zero", "one", "two", "three"]
    return names[n] if n < len(names) else str(n)
