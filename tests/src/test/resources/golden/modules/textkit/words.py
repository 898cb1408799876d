"""Word helpers."""
print("textkit.words loading as", __name__)


def count_words(text):
    return len(text.split())


def capitalize_all(text):
    return " ".join(w.capitalize() for w in text.split())
