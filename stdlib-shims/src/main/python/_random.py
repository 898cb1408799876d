"""_random: the core generator under the random module, as CPython's Modules/_randommodule.c.

The Mersenne Twister MT19937 (Matsumoto and Nishimura's mt19937ar.c, which CPython's module follows):
the same seeding (init_genrand, init_by_array over the 32-bit words of abs(n) or of the hash), the same
53-bit random(), getrandbits() and 625-item state, so a seed gives the numbers CPython gives. The
seeding rules and the argument checks are here; the generator itself (its state, init_by_array and the
tempered words) is the Java of _auditpy_random, which a million random() calls take in a fraction of a
second from the first call, where the Python generator spent seconds warming up.
"""

import _auditpy
import _auditpy_random as _twister

_N = 624


class Random:
    """Random() -> create a random number generator with its own internal state."""

    __slots__ = ("_state",)

    def __init__(self, *args, **kwargs):
        # random_init: only the exact type refuses keywords (subclasses may take their own)
        if type(self) is Random and kwargs:
            raise TypeError("Random() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError("Random() requires 0 or 1 argument")
        Random.seed(self, args[0] if args else None)

    def seed(self, n=None, /):
        """seed([n]) -> None.

        Defaults to use urandom and falls back to a combination
        of the current time and the process identifier.
        """
        if n is None:
            import os
            try:
                data = os.urandom(_N * 4)
            except OSError:
                import time
                data = (int(time.time() * 1e6) ^ (os.getpid() << 32)).to_bytes(12, "little")
            key = [int.from_bytes(data[i:i + 4], "little") for i in range(0, len(data), 4)]
            self._init_by_array(key)
            return None
        if isinstance(n, int):
            # int.__abs__, not a subclass's __abs__
            n = int.__abs__(n)
        else:
            h = hash(n)
            n = h if h >= 0 else h + (1 << 64)
        bits = n.bit_length()
        words = 1 if bits == 0 else (bits - 1) // 32 + 1
        self._init_by_array([(n >> (32 * i)) & 0xFFFFFFFF for i in range(words)])
        return None

    def _init_by_array(self, key):
        self._state = _twister.new()
        _twister.init_by_array(self._state, key)

    def random(self):
        """random() -> x in the interval [0, 1)."""
        return _twister.random(self._state)

    def getrandbits(self, k, /):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        k = k.__index__() if not isinstance(k, int) else k
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        return _twister.getrandbits(self._state, k)

    def getstate(self):
        """getstate() -> tuple containing the current state."""
        return _twister.getstate(self._state)

    def setstate(self, state, /):
        """setstate(state) -> None.  Restores generator state."""
        if not isinstance(state, tuple):
            raise TypeError("state vector must be a tuple")
        if len(state) != _N + 1:
            raise ValueError("state vector is the wrong size")
        mt = []
        for item in state[:_N]:
            if not isinstance(item, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(item).__name__)
            if item < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if item >= 1 << 64:
                raise OverflowError("Python int too large to convert to C unsigned long")
            mt.append(item & 0xFFFFFFFF)
        index = state[_N]
        if not isinstance(index, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(index).__name__)
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        _twister.setstate(self._state, mt, index)
        return None


_auditpy.set_module(Random, "_random")
