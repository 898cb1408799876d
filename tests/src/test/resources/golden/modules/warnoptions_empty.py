import sys
print(sys.warnoptions)
import warnings
print([f[0] for f in warnings.filters[:3]])
