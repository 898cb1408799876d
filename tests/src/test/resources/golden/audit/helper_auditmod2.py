"""Second helper module for import_event.py, imported with __import__."""
NAME = "second helper"
