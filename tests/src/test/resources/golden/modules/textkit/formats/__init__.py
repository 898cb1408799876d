"""Sub-package: formats."""
print("textkit.formats loading as", __name__, "package", __package__)
