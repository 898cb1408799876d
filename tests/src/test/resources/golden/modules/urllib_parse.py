from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote, quote_plus, unquote,
                          unquote_plus, quote_from_bytes, unquote_to_bytes, urlencode, parse_qs, parse_qsl)
import urllib.parse

u = urlparse("https://user:pw@Example.COM:8080/p/a;params?q=1&r=2#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.username, u.password, u.hostname, u.port)
print(u.geturl(), urlunparse(u), u._replace(scheme="http").geturl())
s = urlsplit("http://[::1]:80/x?y#z")
print(s, s.hostname, s.port, urlunsplit(s))
print(urlsplit("mailto:a@b.c"), urlsplit("//host/path"), urlsplit("/rel?x"), urlsplit(b"http://h/p"))
print(urlparse("file:///etc/passwd"), urlparse("http://h").port)
for bad in ("http://h:99999/", "http://h:x/"):
    try:
        urlparse(bad).port
    except ValueError as e:
        print("ValueError", e)
try:
    urlsplit("http://[::1/")
except ValueError as e:
    print("ValueError", e)
base = "http://a/b/c/d;p?q"
for r in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "http:g", "https://x/y"]:
    print(repr(r), urljoin(base, r))
print(urljoin(b"http://a/b", b"c"), urldefrag("http://a/b#c"), urldefrag("http://a/b"))
print(quote("a b/c?d=é&f"), quote("a b/c", safe=""), quote_plus("a b+c/d"), quote(b"\x00\xff"), quote("~-._"), quote("é", encoding="latin-1"))
print(unquote("a%20b%2Fc%C3%A9"), unquote("%E9", encoding="latin-1"), unquote("%zz%"), unquote_plus("a+b%2B"), unquote_to_bytes("a%20%ff"), quote_from_bytes(b"a b"))
print(unquote("%C3"), unquote("%C3", errors="strict") if False else "", unquote(b"a%20".decode()))
print(urlencode({"a": 1, "b": "x y", "c": "é"}), urlencode([("a", [1, 2]), ("b", "c")], doseq=True), urlencode({"a": b"\xff"}), urlencode({"q": "a/b"}, safe="/"), urlencode({"q": "a b"}, quote_via=quote))
print(parse_qs("a=1&a=2&b=x+y&c=%C3%A9&d"), parse_qs("a=1&d=", keep_blank_values=True), parse_qsl("a=1;b=2", separator=";"))
print(parse_qsl("a=1&b=&c", keep_blank_values=True), parse_qsl(b"a=1&b=2"), parse_qs(""))
try:
    parse_qsl("a", strict_parsing=True)
except ValueError as e:
    print("ValueError", e)
try:
    parse_qsl("a=1&b=2&c=3", max_num_fields=2)
except ValueError as e:
    print("ValueError", e)
try:
    quote(3)
except TypeError as e:
    print("TypeError", e)
try:
    urljoin("http://a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError", e)
print(urllib.parse.uses_relative[:3])
print(urlparse("http://h/p?q").hostname, urlsplit("HTTP://H/").scheme, urlsplit("  http://h/\n  ").geturl())
print(type(urlparse("x")).__name__, urlparse("x")._fields, type(urlsplit(b"x")).__name__, urlsplit(b"http://h/p").decode(), urlsplit("http://h/p").encode())
