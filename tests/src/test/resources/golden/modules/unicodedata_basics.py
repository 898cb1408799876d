# unicodedata's normalization, categories, names and digits (characters of Unicode 14.0, which CPython 3.11 has),
# and urllib.parse's check of a non-ASCII network location through it.
import unicodedata as u
from urllib.parse import urlsplit
s = "e\u0301 ﬁ Å ①"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    print(form, ascii(u.normalize(form, s)), u.is_normalized(form, s), u.is_normalized(form, u.normalize(form, s)))
for ch in "aZ1 _-(\u00e9\u0301\u2028\u2029\x00\u00ad\ue000\U0001F600\u4e00\uac00\u00bd\u00b2\u0663\u2163\u3000\u20ac\u00ab\u00bb+^\ufb01":
    print(ascii(ch), u.category(ch), u.name(ch, None), u.decimal(ch, None), u.digit(ch, None), u.mirrored(ch))
for n in ["LATIN SMALL LETTER A", "latin small letter a", "GRINNING FACE", "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GAG", "EURO SIGN"]:
    print(n, ascii(u.lookup(n)))
print(u.unidata_version, u.name("\U00020000"), u.name("\uf900"))
cases = [lambda: u.category("ab"), lambda: u.category(3), lambda: u.name("\x00"), lambda: u.name(""), lambda: u.lookup("NO SUCH NAME"),
         lambda: u.normalize("X", "a"), lambda: u.normalize(1, "a"), lambda: u.normalize("NFC", 1), lambda: u.decimal("a"),
         lambda: u.digit("x"), lambda: u.mirrored("ab"), lambda: u.lookup(5), lambda: u.name("\ue000")]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
print(urlsplit("http://exämple.com/päth?q=ü"), urlsplit("http://b\u00fccher.example/").hostname)
try:
    urlsplit("http://a\uff03b/")
except ValueError as e:
    print("ValueError", e)
