# The distance rules of Python/suggestions.c (weighted Levenshtein over UTF-8 bytes: 2 per edit,
# 1 per ASCII case change; common prefix/suffix trimmed; rests over 40 bytes never match; at most
# (len(a) + len(b) + 3) * 2 // 6; first of equal candidates wins), shown through sys.excepthook.
import sys

sys.stderr = sys.stdout


class Dir:
    def __init__(self, names):
        self.names = names

    def __dir__(self):
        return self.names


cases = [
    ("colour", ["color"]), ("color", ["colour"]), ("Color", ["color"]), ("COLOR", ["color"]),
    ("cOlOr", ["color"]), ("abc", ["acb"]), ("abcd", ["abdc"]), ("ab", ["ba"]), ("a", ["b"]), ("a", ["ab"]),
    ("a", ["A"]), ("x", ["xy", "xyz"]), ("xy", ["x"]), ("ab", ["abc"]), ("ab", ["abcd"]), ("ab", ["xb"]),
    ("abc", ["xyc"]), ("abcd", ["xycd"]), ("abcdef", ["abxyef"]), ("abcdef", ["axyzef"]),
    ("spam", ["ham"]), ("spam", ["spa"]), ("spam", ["spamm"]), ("spam", ["sapm"]), ("spam", ["SPAM"]),
    ("spam", ["Spam", "spma"]), ("spam", ["spma", "Spam"]), ("foo", ["bar", "baz"]),
    ("a" * 41, ["a" * 40]), ("a" * 41, ["a" * 42]), ("x" + "a" * 41, ["y" + "a" * 41]),
    ("abcdefghij" * 5, ["bbcdefghij" * 5]), ("abcdefghij" * 5, ["bbcdefghij" * 4 + "abcdefghix"]),
    ("abcdefghij" * 4 + "x", ["bbcdefghij" * 4 + "y"]), ("q" + "z" * 39 + "q", ["w" + "z" * 39 + "w"]),
    ("q" + "z" * 38 + "q", ["w" + "z" * 38 + "w"]),
    ("longname_attribute", ["longname_atribute"]), ("longname_attribute", ["LongName_Attribute"]),
    ("longname_attribute", ["lngnm_ttrbt"]), ("longname_attribute", ["longnameattribute_"]),
    ("café", ["cafe"]), ("cafe", ["café"]), ("café", ["café"]), ("naïve", ["naive", "naïf"]), ("日本", ["日本語"]),
    ("ßx", ["SSx"]), ("_x", ["__x"]), ("__init", ["__init__", "__int__"]), ("__int__", ["__init__", "__int__"]),
    ("apend", ["append", "extend"]), ("lenght", ["length", "len"]), ("itmes", ["items", "iter"]),
    ("a1", ["a2", "a3"]), ("1a", ["a1"]), ("abc", []), ("", ["a"]), ("a", [""]), ("@", ["`"]), ("[", ["{"]),
    ("ab", ["cd"]), ("abc", ["abd", "abe"]), ("abcdefgh", ["abcdxxgh"]), ("abcdefgh", ["abcxxxgh"]),
    ("abcdefgh", ["abcdefghijk"]), ("abcdefgh", ["abcdefghijklm"]), ("abcdefghijkl", ["abcdefghij"]),
    ("Abc", ["aBC"]), ("hello_world", ["HelloWorld"]), ("HelloWorld", ["hello_world"]), ("tetst", ["test", "testt"]),
    ("xx", ["XX", "xX"]), ("xx", ["xX", "XX"]), ("value", ["values", "valu", "vlaue"]), ("vlaue", ["valeu", "value"]),
]
for i, (name, candidates) in enumerate(cases, 1):
    e = AttributeError("case %d: %r in %r" % (i, name[:12], [c[:12] for c in candidates]), name=name, obj=Dir(candidates))
    sys.excepthook(AttributeError, e, None)
