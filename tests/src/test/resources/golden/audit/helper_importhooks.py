"""Helper module for hooks_during_import.py: raises events while it is being imported."""
import sys
sys.audit("test.module_body", __name__)
ID_SEEN = id(sys) > 0
import helper_importhooks_inner
def late():
    return helper_importhooks_inner.INNER
