"""Helper package for import_event.py."""
from . import leaf
from .leaf import LEAF_NAME
