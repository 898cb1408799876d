# CPython's locale.py over auditpy's _locale: the C and C.UTF-8 locales, setlocale's checks, nl_langinfo, conventions.
import locale

# the same start whatever the environment's LANG and LC_* say
locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
for f in [lambda: locale.getlocale(),
          lambda: locale.setlocale(locale.LC_ALL), lambda: locale.setlocale(locale.LC_ALL, "C"),           lambda: locale.localeconv()["decimal_point"], lambda: locale.format_string("%d", 1234567, grouping=True),
          lambda: locale.str(3.5), lambda: locale.atof("3.5"), lambda: locale.normalize("en_US.utf8"), lambda: locale.getencoding() if hasattr(locale, "getencoding") else "n/a",
          lambda: locale.LC_ALL, lambda: locale.LC_CTYPE, lambda: locale.CODESET if hasattr(locale, "CODESET") else "no CODESET",
          lambda: locale.nl_langinfo(locale.CODESET)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(locale.LC_ALL, "xx_YY"), (99, "C"), (locale.LC_NUMERIC, "POSIX"), (locale.LC_ALL, "C.utf8"), (locale.LC_ALL, None), (locale.LC_ALL, "C")]:
    try:
        print(args, repr(locale.setlocale(*args)))
    except locale.Error as e:
        print(args, "locale.Error", e)
print(locale.Error.__mro__, locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.DAY_2), locale.nl_langinfo(locale.ABMON_12))
print(locale.strcoll("a", "b"), locale.strxfrm("abc"), locale.currency(3.5) if False else "", locale.delocalize("1,234.5"))
