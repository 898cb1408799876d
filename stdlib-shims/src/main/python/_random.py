"""_random: the core generator under the random module, as CPython's Modules/_randommodule.c.

The Mersenne Twister MT19937 (Matsumoto and Nishimura's mt19937ar.c, which CPython's module follows):
the same seeding (init_genrand, init_by_array over the 32-bit words of abs(n) or of the hash), the same
53-bit random(), getrandbits() and 625-item state, so a seed gives the numbers CPython gives. Written in
Python on auditpy's compiler rather than as a Java intrinsic: seeding, state and the tempering stay
readable next to the C they mirror.
"""

_N = 624
_M = 397
_MATRIX_A = 0x9908B0DF
_UPPER_MASK = 0x80000000
_LOWER_MASK = 0x7FFFFFFF


class Random:
    """Random() -> create a random number generator with its own internal state."""

    __slots__ = ("_mt", "_mti")

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

    def _init_genrand(self, s):
        mt = [0] * _N
        mt[0] = s & 0xFFFFFFFF
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xFFFFFFFF
        self._mt = mt
        self._mti = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        length = len(key)
        for _ in range(max(_N, length)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & 0xFFFFFFFF
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= length:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & 0xFFFFFFFF
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def _genrand_uint32(self):
        mt = self._mt
        if self._mti >= _N:
            for kk in range(_N - _M):
                y = (mt[kk] & _UPPER_MASK) | (mt[kk + 1] & _LOWER_MASK)
                mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            for kk in range(_N - _M, _N - 1):
                y = (mt[kk] & _UPPER_MASK) | (mt[kk + 1] & _LOWER_MASK)
                mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            y = (mt[_N - 1] & _UPPER_MASK) | (mt[0] & _LOWER_MASK)
            mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            self._mti = 0
        y = mt[self._mti]
        self._mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

    def random(self):
        """random() -> x in the interval [0, 1)."""
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k, /):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        k = k.__index__() if not isinstance(k, int) else k
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand_uint32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand_uint32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def getstate(self):
        """getstate() -> tuple containing the current state."""
        return tuple(self._mt) + (self._mti,)

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
        self._mt = mt
        self._mti = index
        return None


Random.__module__ = "_random"
