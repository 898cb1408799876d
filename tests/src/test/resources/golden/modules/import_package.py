# Importing a package with submodules, relative imports and __all__.
import textkit
print(textkit.VERSION, textkit.count_words("a b c"), textkit.numbers.spell(2))
print(textkit.__name__, textkit.__package__, textkit.words.__name__, textkit.words.__package__)
from textkit import *
names = dir()
print(sorted(n for n in ["count_words", "capitalize_all", "VERSION", "NOT_EXPORTED", "numbers"] if n in names))
print(capitalize_all("hello big world"), VERSION)
from textkit.formats import table
print(table.render([("red fox", 1), ("a", 3), ("lazy brown dog", 7)]))
import textkit.formats.table as tbl
print(tbl is table, tbl.__name__, tbl.__package__)
from textkit.numbers import words_per_number
print(words_per_number("one two three four", 2))
import sys
print(sorted(m for m in sys.modules if m.startswith("textkit")))
print(textkit.formats.__doc__, hasattr(textkit, "formats"))
import textkit.words
print(textkit.words.count_words("x y"))
try:
    from textkit import missing_thing
except ImportError as e:
    print("ImportError:", e.name, "missing_thing" in str(e))
try:
    import textkit.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
