# hashlib over _hashlib/_blake2, hmac and secrets: digests, objects, errors, as CPython 3.11
import hashlib
import hmac
import secrets
import io
import array


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


data = b"The quick brown fox jumps over the lazy dog"
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, data)
    if name.startswith("shake"):
        print(name, h.digest_size, h.block_size, h.hexdigest(20), len(h.digest(100)))
        print(" ", getattr(hashlib, name)(data).digest(33) == h.digest(33), getattr(hashlib, name)().name == h.name)
    else:
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
        print(" ", getattr(hashlib, name)(data).digest() == h.digest(), getattr(hashlib, name)().name == h.name)

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.new("SHA256").name, hashlib.new("sha512_256").hexdigest()[:16], hashlib.new("sha1", usedforsecurity=False).name)

# incremental updates, copies, the data types accepted
h = hashlib.sha256()
for piece in (b"The quick ", bytearray(b"brown fox "), memoryview(b"jumps over "), array.array("b", b"the lazy dog")):
    h.update(piece)
c = h.copy()
c.update(b"!")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), c.hexdigest() != h.hexdigest(), h.digest() == h.digest())
print(hashlib.md5(b"a" * 1000000).hexdigest())
print(hashlib.sha3_256(b"").hexdigest())
print(hashlib.shake_256(b"").hexdigest(64))
print(type(hashlib.md5()).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2b()).__name__)

# blake2 parameters
print(hashlib.blake2b(data, digest_size=20, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.blake2s(data, digest_size=16, key=b"key" * 10, salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2b(b"", fanout=0, depth=2, leaf_size=4096, node_offset=3, node_depth=1, inner_size=64, last_node=True).hexdigest()[:32])
print(hashlib.blake2s(b"x", node_offset=2 ** 48 - 1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
b = hashlib.blake2b(digest_size=10)
print(b.name, b.digest_size, b.block_size, b.copy().hexdigest() == b.hexdigest())

# pbkdf2_hmac and hmac
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 25).hex())
print(hashlib.pbkdf2_hmac("sha512", b"p" * 200, b"s", 3, None).hex()[:40])
print(hashlib.pbkdf2_hmac("blake2b", b"pw", b"salt", 5, 70).hex()[:40])
m = hmac.new(b"key", b"The quick brown fox", "sha256")
m.update(b" jumps over the lazy dog")
print(m.name, m.digest_size, m.block_size, m.hexdigest())
print(hmac.new(b"k" * 200, data, hashlib.sha3_512).hexdigest()[:40])
print(hmac.digest(b"key", data, "md5").hex(), hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
print(hashlib.file_digest(io.BytesIO(data), "sha1").hexdigest())

# secrets
print(len(secrets.token_bytes(16)), len(secrets.token_hex(8)), len(secrets.token_urlsafe(12)) >= 16)
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", secrets.compare_digest(b"x", b"x"))

# errors
t("new foo", lambda: hashlib.new("foo"))
t("new int", lambda: hashlib.new(1))
t("str data", lambda: hashlib.md5("abc"))
t("str update", lambda: hashlib.sha256().update("abc"))
t("int data", lambda: hashlib.sha1(1))
t("blake2 str", lambda: hashlib.blake2b("abc"))
t("blake2 two positional", lambda: hashlib.blake2b(b"x", b"y"))
t("blake2 data keyword", lambda: hashlib.blake2s(data=b"x"))
t("blake2 key str", lambda: hashlib.blake2b(key="abc"))
t("blake2 digest_size", lambda: hashlib.blake2b(digest_size=0))
t("blake2s digest_size", lambda: hashlib.blake2s(digest_size=33))
t("blake2 salt", lambda: hashlib.blake2b(salt=b"x" * 17))
t("blake2s person", lambda: hashlib.blake2s(person=b"x" * 9))
t("blake2 key", lambda: hashlib.blake2b(key=b"x" * 65))
t("blake2 fanout", lambda: hashlib.blake2b(fanout=256))
t("blake2 depth", lambda: hashlib.blake2b(depth=0))
t("blake2 leaf_size", lambda: hashlib.blake2b(leaf_size=2 ** 32))
t("blake2 leaf_size<0", lambda: hashlib.blake2b(leaf_size=-1))
t("blake2s node_offset", lambda: hashlib.blake2s(node_offset=2 ** 48))
t("blake2 node_depth", lambda: hashlib.blake2b(node_depth=256))
t("blake2 inner_size", lambda: hashlib.blake2b(inner_size=65))
t("shake no length", lambda: hashlib.shake_128().digest())
t("digest arg", lambda: hashlib.md5().digest(1))
t("pbkdf2 iterations", lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0))
t("pbkdf2 dklen", lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0))
t("pbkdf2 name", lambda: hashlib.pbkdf2_hmac(1, b"p", b"s", 1))
t("pbkdf2 str", lambda: hashlib.pbkdf2_hmac("sha256", "p", b"s", 1))
t("pbkdf2 float", lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1.0))
t("pbkdf2 too great", lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 2 ** 31))
try:
    hashlib.pbkdf2_hmac("foo", b"p", b"s", 1)
except ValueError as e:
    print("pbkdf2 foo", type(e).__name__)
t("hmac str key", lambda: hmac.new("key", b"", "md5"))
t("hmac no digestmod", lambda: hmac.new(b"key"))
t("hmac foo", lambda: hmac.new(b"key", b"", "foo"))
t("compare_digest types", lambda: hmac.compare_digest(1, 2))
t("compare_digest mixed", lambda: hmac.compare_digest("a", b"a"))
t("compare_digest non-ascii", lambda: hmac.compare_digest("\xe9", "\xe9"))
t("HASH()", lambda: type(hashlib.md5())())
t("attribute", lambda: hashlib.md5().nosuch)
