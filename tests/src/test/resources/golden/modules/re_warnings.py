# re: the FutureWarnings of CPython's parser for possible nested sets and set operations (python3's output)
import re, warnings
for p in ["[[:alpha:]]", "[a&&b]", "[a||b]", "[a~~b]", "[--a]", "[a-z--]", "[^[]", "[]]", "[\\[]", "[a\\-\\-b]", "x[[]", "[a]|[[b]", "é[[]", "(?x)#[[\n[[]", "[&&]", "[a-&&]", "[!--]", "[%--]", r"[\N{LATIN SMALL LETTER A}&&]", "[a-]]", "[]--]"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            re.compile(p)
            print(repr(p), [str(x.message) for x in w])
        except re.error as e:
            print(repr(p), "error", e, [str(x.message) for x in w])
re.search("[[]", "[")
re.compile(b"[[]")
