"""Imported by helper_importhooks while that module is itself being imported."""
import sys
sys.audit("test.module_body", __name__)
INNER = "inner value"
