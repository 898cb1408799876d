"""A stand-in for CPython's select module (Modules/selectmodule.c), enough for selectors and socketserver to import.

auditpy keeps its own file-descriptor table over the JDK's channels and has no select(2) of its own yet: select()
raises OSError(ENOSYS) after CPython's argument checks, and there is no poll, epoll or kqueue (selectors then
chooses its SelectSelector).
"""

import errno as _errno

error = OSError


def select(rlist, wlist, xlist, timeout=None, /):
    for seq in (rlist, wlist, xlist):
        iter(seq)
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
    raise OSError(_errno.ENOSYS, "select() is not supported by auditpy")
