"""auditpy's _locale: the C module under CPython's locale.py (Modules/_localemodule.c), for the locales a
Java program can honour: "C"/"POSIX" and the C.UTF-8 locale, plus any locale installed under /usr/lib/locale
(accepted by name; its conventions are still the C locale's). As CPython at start-up, LC_CTYPE is set from the
environment (LC_ALL, LC_CTYPE, LANG); the other categories start as "C".
"""

import _auditpy
import os as _os

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc's names of the categories, in the order of its composite LC_ALL string
_GLIBC_NAMES = ("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_PAPER",
                "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION")

# nl_langinfo's items: glibc's numbers and the C locale's values
_LANGINFO = {
    "CODESET": (14, None), "RADIXCHAR": (65536, "."), "THOUSEP": (65537, ""),
    "AM_STR": (131110, "AM"), "PM_STR": (131111, "PM"), "D_T_FMT": (131112, "%a %b %e %H:%M:%S %Y"),
    "D_FMT": (131113, "%m/%d/%y"), "T_FMT": (131114, "%H:%M:%S"), "T_FMT_AMPM": (131115, "%I:%M:%S %p"),
    "ERA": (131116, ""), "ERA_D_FMT": (131118, ""), "ALT_DIGITS": (131119, ""), "ERA_D_T_FMT": (131120, ""),
    "ERA_T_FMT": (131121, ""), "_DATE_FMT": (131180, "%a %b %e %H:%M:%S %Z %Y"), "CRNCYSTR": (262159, "-"),
    "YESEXPR": (327680, "^[yY]"), "NOEXPR": (327681, "^[nN]"),
}
for _i, _d in enumerate(("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")):
    _LANGINFO[f"DAY_{_i + 1}"] = (131079 + _i, _d)
    _LANGINFO[f"ABDAY_{_i + 1}"] = (131072 + _i, _d[:3])
for _i, _m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December")):
    _LANGINFO[f"MON_{_i + 1}"] = (131098 + _i, _m)
    _LANGINFO[f"ABMON_{_i + 1}"] = (131086 + _i, _m[:3])
_BY_NUMBER = {}
for _name, (_number, _value) in _LANGINFO.items():
    globals()[_name] = _number
    _BY_NUMBER[_number] = _value
del _i, _d, _m, _name, _number, _value


class Error(Exception):
    pass


_auditpy.set_module(Error, "locale")


def _from_environment(category):
    for var in ("LC_ALL", _GLIBC_NAMES[category], "LANG"):
        value = _os.environ.get(var)
        if value:
            return value
    return "C"


def _codeset(name):
    return "".join(c for c in name.partition(".")[2].partition("@")[0].lower() if c.isalnum())


def _available(name):
    if name in ("C", "POSIX"):
        return True
    if "/" in name or name.startswith("."):
        return False
    lang, dot, _ = name.partition(".")
    candidates = [name]
    if dot:
        candidates.append(lang + "." + _codeset(name))
    if lang == "C" and dot and _codeset(name) == "utf8":
        return True
    return any(_os.path.isdir("/usr/lib/locale/" + c) for c in candidates)


_current = ["C"] * 6
_current[LC_CTYPE] = _from_environment(LC_CTYPE)
if not _available(_current[LC_CTYPE]):
    _current[LC_CTYPE] = "C"


def setlocale(category, locale=None):
    """Activates (or, with locale None, returns) the locale of a category."""
    if not isinstance(category, int):
        raise TypeError(f"'{type(category).__name__}' object cannot be interpreted as an integer")
    if not 0 <= category <= LC_ALL:
        raise Error("unsupported locale setting")
    if locale is None:
        if category != LC_ALL:
            return _current[category]
        if all(name == _current[0] for name in _current):
            return _current[0]
        names = [_current[i] if i < LC_ALL else "C" for i in range(len(_GLIBC_NAMES))]
        return ";".join(f"{n}={v}" for n, v in zip(_GLIBC_NAMES, names))
    if not isinstance(locale, str):
        raise TypeError(f"setlocale() argument 2 must be str or None, not {type(locale).__name__}")
    categories = range(LC_ALL) if category == LC_ALL else (category,)
    names = {c: (locale or _from_environment(c)) for c in categories}
    for name in names.values():
        if not _available(name):
            raise Error("unsupported locale setting")
    for c, name in names.items():
        # glibc names the POSIX locale "C"
        _current[c] = "C" if name == "POSIX" else name
    return setlocale(category)


def localeconv():
    """The numeric and monetary conventions of the current locale: the C locale's."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def getencoding():
    """The current locale encoding (nl_langinfo(CODESET)): UTF-8 for a UTF-8 LC_CTYPE, else ASCII's name."""
    return "UTF-8" if _codeset(_current[LC_CTYPE]) == "utf8" else "ANSI_X3.4-1968"


def nl_langinfo(key):
    """An item of the current locale's information (the C locale's but the codeset)."""
    if not isinstance(key, int):
        raise TypeError(f"'{type(key).__name__}' object cannot be interpreted as an integer")
    if key == CODESET:
        return getencoding()
    value = _BY_NUMBER.get(key)
    if value is None:
        raise ValueError("unsupported langinfo constant")
    return value


def strcoll(os1, os2):
    """Compares two strings by the current locale's collation (the C locale's: code points)."""
    if not isinstance(os1, str) or not isinstance(os2, str):
        raise TypeError("strcoll() argument must be str")
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    """The string's collation key in the current locale (the C locale's: itself)."""
    if not isinstance(string, str):
        raise TypeError(f"strxfrm() argument must be str, not {type(string).__name__}")
    return string
