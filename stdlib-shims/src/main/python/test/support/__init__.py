"""Minimal test.support for auditpy.

As CPython's Lib/test/support/__init__.py, only what CPython's audit-tests.py
imports: suppress_msvcrt_asserts, a no-op off Windows.
"""

import sys


def suppress_msvcrt_asserts(verbose=False):
    """Disable the Windows CRT assertion dialogs; does nothing elsewhere."""
    try:
        import msvcrt
    except ImportError:
        return
    msvcrt.SetErrorMode(msvcrt.SEM_FAILCRITICALERRORS
                        | msvcrt.SEM_NOALIGNMENTFAULTEXCEPT
                        | msvcrt.SEM_NOGPFAULTERRORBOX
                        | msvcrt.SEM_NOOPENFILEERRORBOX)
