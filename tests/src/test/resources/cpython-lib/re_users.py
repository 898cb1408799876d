"""Uses CPython 3.11's own pure-Python modules that work through re (shlex, html, ipaddress, configparser, difflib,
gettext's plural formulas, urllib.parse): CPythonLibTest runs this with the installed CPython's Lib directory as the last
entry of sys.path (argv[1]), under python3 and under ./auditpy, and compares."""
import sys
sys.path.append(sys.argv[1])
import shlex, html, ipaddress, configparser, difflib, gettext, urllib.parse

print(shlex.split("cmd -o 'quoted arg' \"double \\\"q\\\"\" plain\\ space"), shlex.quote("it's"), shlex.join(["a b", "c"]))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;p&gt; &amp;amp; &#x41;&#66; &eacute; &notit; &#0;"))
print(ipaddress.ip_address("192.168.0.1"), ipaddress.ip_network("10.0.0.0/30").num_addresses, ipaddress.ip_address("::1").compressed)
print(list(ipaddress.ip_network("192.168.1.0/30").hosts()), ipaddress.ip_interface("1.2.3.4/24").network, ipaddress.IPv6Address("2001:db8::1").exploded)
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as e:
    print("ValueError", e)

cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
base = /srv
[app]
path = %(base)s/app
debug = yes
retries = 3
; comment
name : value with spaces
""")
print(cp.sections(), cp["app"]["path"], cp.getboolean("app", "debug"), cp.getint("app", "retries"), cp["app"]["name"], sorted(cp["app"]))
try:
    cp.read_string("[bad\nx=1")
except configparser.Error as e:
    print(type(e).__name__)

a = "one two three four five".split()
b = "one 2 three four five six".split()
print(list(difflib.unified_diff(a, b, "a", "b", lineterm="")))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(list(difflib.ndiff(["one\n", "two\n"], ["one\n", "tree\n"])))
print(gettext.c2py("n != 1")(2), gettext.c2py("n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2")(21))

u = urllib.parse.urlparse("https://user:pw@example.com:8080/p/a/t/h;params?q=1&r=two#frag")
print(u, u.hostname, u.port, urllib.parse.parse_qs(u.query), urllib.parse.quote("a b/ü"), urllib.parse.unquote("a%20b%C3%BC"))
print(urllib.parse.urlencode({"k": "v w", "n": 1}), urllib.parse.urljoin("http://a/b/c/d", "../e"), urllib.parse.urlsplit("//x/y").netloc)
