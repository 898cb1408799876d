"""textkit: a helper package for the import tests."""
from .words import count_words, capitalize_all
from . import numbers
from .formats import table

__all__ = ["count_words", "capitalize_all", "VERSION"]

VERSION = "1.0"
NOT_EXPORTED = "only via attribute access"

print("textkit package initialised as", __name__)
