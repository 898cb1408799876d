# zlib: one-shot and streaming (de)compression, checksums, wrappers and errors, as CPython 3.11
import zlib
import hashlib


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def fp(b):
    """A short fingerprint of compressed bytes: equal output gives equal lines."""
    return "%d:%s" % (len(b), hashlib.sha1(b).hexdigest()[:16])


text = b"".join(b"%d the quick brown fox jumps over the lazy dog %d\n" % (i, i * i) for i in range(2000))
noise = bytes((i * 7919 + (i >> 3) * 104729) % 251 for i in range(50000))
print(len(text), len(noise))

# checksums, with start values
print(zlib.crc32(b""), zlib.crc32(text), zlib.crc32(text, 12345), zlib.crc32(text[1000:], zlib.crc32(text[:1000])) == zlib.crc32(text))
print(zlib.adler32(b""), zlib.adler32(text), zlib.adler32(text, 12345), zlib.adler32(text[1000:], zlib.adler32(text[:1000])) == zlib.adler32(text))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2 ** 33 + 5), zlib.adler32(b"abc", 2 ** 40), zlib.adler32(bytearray(b"x"), 0), zlib.crc32(memoryview(b"xyz")))

# one-shot compression: every level and wrapper, the exact bytes
for level in range(-1, 10):
    row = []
    for wbits in (15, -15, 31):
        c = zlib.compress(text, level, wbits)
        row.append(fp(c))
        assert zlib.decompress(c, wbits) == text
        if wbits != -15:
            assert zlib.decompress(c, 47) == text
    print("level", level, *row)
print(zlib.compress(b""), zlib.compress(b"", wbits=-15), zlib.compress(b"", wbits=31))
print(zlib.compress(b"hello hello hello", 9), zlib.compress(b"a", 1), zlib.compress(b"", wbits=9))
print(fp(zlib.compress(noise)), fp(zlib.compress(noise, 0)), fp(zlib.compress(text * 30, 0)), fp(zlib.compress(text * 30, 1)))
print(zlib.decompress(zlib.compress(text), bufsize=1) == text, zlib.decompress(zlib.compress(text), 0) == text)
print(zlib.decompress(zlib.compress(text) + b"trailing garbage") == text)

# compressobj: chunks, flush modes, strategies, zdict
for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY):
    for wbits in (15, -15, 31):
        co = zlib.compressobj(6, zlib.DEFLATED, wbits, zlib.DEF_MEM_LEVEL, strategy)
        parts = [co.compress(text[:5000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(text[5000:50000]),
                 co.flush(zlib.Z_FULL_FLUSH), co.flush(zlib.Z_NO_FLUSH), co.compress(text[50000:]), co.flush()]
        s = b"".join(parts)
        print("strategy", strategy, wbits, fp(s), [len(p) for p in parts[:2]], zlib.decompress(s, wbits) == text)
co = zlib.compressobj()
print(co.compress(b""), co.compress(b"abc"), co.flush())
t("compress after finish", lambda: co.compress(b"x"))
t("flush after finish", lambda: co.flush())
zd = b"the quick brown fox jumps over the lazy dog"
co = zlib.compressobj(zdict=zd)
withdict = co.compress(text[:3000]) + co.flush()
print("zdict", fp(withdict), len(withdict) < len(zlib.compress(text[:3000])))
print(zlib.decompressobj(zdict=zd).decompress(withdict) == text[:3000])
co = zlib.compressobj(wbits=-15, zdict=zd)
raw = co.compress(text[:3000]) + co.flush()
print("raw zdict", fp(raw), zlib.decompressobj(-15, zdict=zd).decompress(raw) == text[:3000])
t("no zdict", lambda: zlib.decompress(withdict))
t("no zdict obj", lambda: zlib.decompressobj().decompress(withdict))
t("wrong zdict", lambda: zlib.decompressobj(zdict=b"other").decompress(withdict))

# decompressobj: max_length, unconsumed_tail, unused_data, eof, flush
comp = zlib.compress(text)
d = zlib.decompressobj()
out = d.decompress(comp[:1000], 100)
print(len(out), len(d.unconsumed_tail), d.unused_data, d.eof)
chunks = [out]
while d.unconsumed_tail:
    chunks.append(d.decompress(d.unconsumed_tail, 30000))
chunks.append(d.decompress(comp[1000:] + b"extra"))
print(b"".join(chunks) == text, d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"more"), d.unused_data, d.flush(), d.unused_data)
t("after flush", lambda: d.decompress(b"x"))
d = zlib.decompressobj()
print(len(d.decompress(comp[:-10])), d.eof, len(d.flush()), d.eof)
d = zlib.decompressobj()
print(len(d.decompress(comp + b"TRAIL", 10)), len(d.unconsumed_tail))
while not d.eof:
    print(len(d.decompress(d.unconsumed_tail, 60000)), d.eof, d.unused_data, len(d.unconsumed_tail))
print(d.flush(), d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj(31)
g = zlib.compress(text, 6, 31)
print(sum(len(d.decompress(g[i:i + 7])) for i in range(0, len(g), 7)), d.eof)
d = zlib.decompressobj(47)
print(len(d.decompress(g[:3])), len(d.decompress(g[3:])), d.eof)

# gzip headers and trailers by hand
print(g[:10].hex(), zlib.compress(b"", 9, 31)[:10].hex(), zlib.compress(b"", 1, 31)[:10].hex())
hdr = bytes([0x1f, 0x8b, 8, 0x1e, 0, 0, 0, 0, 0, 3, 2, 0]) + b"xy" + b"name\0comment\0"
hcrc = zlib.crc32(hdr) & 0xffff
body = zlib.compress(b"payload", 6, -15) + zlib.crc32(b"payload").to_bytes(4, "little") + (7).to_bytes(4, "little")
print(zlib.decompress(hdr + hcrc.to_bytes(2, "little") + body, 31))
t("header crc", lambda: zlib.decompress(hdr + (hcrc ^ 1).to_bytes(2, "little") + body, 31))
t("gzip length", lambda: zlib.decompress(g[:-1] + bytes([g[-1] ^ 1]), 31))
t("gzip crc", lambda: zlib.decompress(g[:-5] + bytes([g[-5] ^ 1]) + g[-4:], 31))
t("gzip method", lambda: zlib.decompress(b"\x1f\x8b\x09" + g[3:], 31))
t("gzip flags", lambda: zlib.decompress(b"\x1f\x8b\x08\xe0" + g[4:], 31))
t("gzip magic", lambda: zlib.decompress(b"\x1f\x8c" + g[2:], 31))
t("gzip short", lambda: zlib.decompress(g[:5], 31))
t("zlib as gzip", lambda: zlib.decompress(comp, 31))
t("gzip as zlib", lambda: zlib.decompress(g))

# errors
t("empty", lambda: zlib.decompress(b""))
t("header", lambda: zlib.decompress(b"abc"))
t("truncated", lambda: zlib.decompress(comp[:-3]))
t("adler", lambda: zlib.decompress(comp[:-1] + bytes([comp[-1] ^ 1])))
t("raw of zlib", lambda: zlib.decompress(comp, -15))
t("window", lambda: zlib.decompress(comp, 9))
t("wbits 7", lambda: zlib.decompress(comp, 7))
t("wbits 48", lambda: zlib.decompress(comp, 48))
t("corrupt", lambda: zlib.decompress(comp[:20] + bytes(30) + comp[50:]))
t("bufsize", lambda: zlib.decompress(comp, bufsize=-1))
t("level 10", lambda: zlib.compress(b"", 10))
t("level -2", lambda: zlib.compress(b"", -2))
t("compress wbits", lambda: zlib.compress(b"", wbits=-8))
t("compress wbits 32", lambda: zlib.compress(b"", wbits=32))
t("compress str", lambda: zlib.compress("abc"))
t("compress int", lambda: zlib.compress(1))
t("decompress str", lambda: zlib.decompress("abc"))
t("crc32 str", lambda: zlib.crc32("abc"))
t("memLevel", lambda: zlib.compressobj(memLevel=10))
t("method", lambda: zlib.compressobj(method=9))
t("strategy", lambda: zlib.compressobj(strategy=7))
t("compressobj zdict str", lambda: zlib.compressobj(zdict="x"))
t("decompressobj wbits", lambda: zlib.decompressobj(wbits=7))
t("decompressobj zdict", lambda: zlib.decompressobj(zdict=1))
t("max_length", lambda: zlib.decompressobj().decompress(comp, -1))
t("flush length", lambda: zlib.decompressobj().flush(0))
t("Compress()", lambda: type(zlib.compressobj())())
t("bad stream obj", lambda: zlib.decompressobj().decompress(b"xx"))

# constants
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
print(zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_RUNTIME_VERSION.count(".") >= 2, zlib.error.__mro__)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
