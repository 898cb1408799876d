print("implpkg.sub runs as", __name__, "package", __package__)
from . import inner
SUB_VALUE = inner.INNER_VALUE + 1
