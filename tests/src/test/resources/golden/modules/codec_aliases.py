# Codec names as CPython's registry finds them (lowercased, punctuation runs made '_', then encodings.aliases):
# str.encode, bytes.decode, str(b, enc) and codecs.lookup agree on every alias of the codecs auditpy has.
import codecs
from encodings.aliases import aliases

native = ['utf_8', 'ascii', 'latin_1', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be']
jdk = ['cp1252', 'cp1250', 'cp437', 'cp850', 'iso8859_2', 'iso8859_15', 'koi8_r', 'shift_jis', 'euc_jp', 'big5', 'gbk',
       'mac_roman', 'cp037']
for a in sorted(aliases):
    m = aliases[a]
    if m not in native and m not in jdk:
        continue
    try:
        n = codecs.lookup(a).name
    except LookupError:
        n = 'LookupError'
    text = 'aé' if m in native else 'abc'
    try:
        e = text.encode(a)
        d = e.decode(a)
        s = str(e, a)
    except Exception as ex:
        e = d = s = type(ex).__name__
    print(a, m, n, e, d == text, s == text)

for n in ['u16','u32','utf16','utf32','u8','utf','latin1','latin','l1','iso_8859_1','ISO-8859-1','8859','cp819','UTF-16LE','utf_16le','unicodelittleunmarked','UnicodeBigUnmarked','cp1252','windows-1252','iso8859-15','latin9','us','646','ansi_x3.4_1968','ANSI_X3.4-1968','utf  8','utf-32 be','utf32-be','utf_32be','utf16-le','utf16le','cp65001','utf8_ucs2','iso-ir-6','csascii','  utf 8 ','utf..8','UTF8','utf-8!','U8', 'us-ascii', 'utf-16-LE', 'utf 16', 'Latin-1', 'iso-8859-1', 'iso8859_1', 'ibm819', 'csisolatin1', 'iso_ir_100', 'l9', 'utf-32le', 'nope', 'utf-8-', '-utf-8']:
    try: i = codecs.lookup(n); r = i.name
    except LookupError as e: r = 'LookupError'
    try: e = 'é'.encode(n)
    except Exception as ex: e = type(ex).__name__
    try: d = b'ab'.decode(n)
    except Exception as ex: d = type(ex).__name__
    try: s = str(b'\xe9\x00', n)
    except Exception as ex: s = type(ex).__name__
    print(repr(n), r, e, repr(d), repr(s))
print('x'.encode('u16'), codecs.lookup('u32').name, codecs.lookup('UTF8').name, codecs.lookup('u8').name)
print(codecs.encode('é', 'U16'), codecs.decode(b'\xe9', 'L1'), codecs.getincrementaldecoder('utf16')().decode(b'\xff\xfea\x00'))
for bad in ['utf16le', 'utf16-le', 'utf..8', 'utf8-sig-', 'latin_2_', 'nope']:
    for f in (lambda: 'a'.encode(bad), lambda: b'a'.decode(bad), lambda: codecs.lookup(bad)):
        try:
            r = f()
        except LookupError as ex:
            r = 'LookupError: %s' % ex
        print(bad, r)
