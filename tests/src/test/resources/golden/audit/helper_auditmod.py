"""Helper module for import_event.py."""
VALUE = "helper value"
