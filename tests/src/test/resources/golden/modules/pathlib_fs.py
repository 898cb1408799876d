# pathlib on the file system: os.scandir entries, stat results, symlinks and loops, glob patterns, the errors of
# file operations; ntpath and pure paths of both flavours.
import os, tempfile, ntpath, posixpath
from pathlib import Path, PurePath, PureWindowsPath, PurePosixPath
# ntpath on its own
for p in [r"C:\a\b\c.txt", "c:/a/../b", r"\\srv\share\dir\f", "a/b\\c", "", ".", r"C:", r"C:\\", "//?/C:/x"]:
    print(repr(p), ntpath.splitdrive(p), ntpath.split(p), ntpath.normpath(p), ntpath.isabs(p), ntpath.basename(p), ntpath.dirname(p), ntpath.splitext(p))
print(ntpath.join("c:\\", "a", "b"), ntpath.join("a", "D:b"), ntpath.join("a", "\\b"), ntpath.normcase("A/B"), ntpath.relpath("c:\\a\\b", "c:\\a") if os.name == "nt" else ntpath.sep)
print(ntpath.commonpath([r"c:\a\b", r"C:\a\c"]), ntpath.ismount("c:\\"), ntpath.expandvars("%x%"), ntpath.splitroot("c:\\x") if hasattr(ntpath, "splitroot") else "")
# pure path comparisons and sorting
ps = [PurePosixPath(x) for x in ["b", "a/c", "a", "A", "/z"]]
print(sorted(ps), PureWindowsPath("A") == PureWindowsPath("a"), PurePosixPath("A") == PurePosixPath("a"), PurePosixPath("a") == "a")
try:
    PurePosixPath("a") < PureWindowsPath("a")
except TypeError as e:
    print("TypeError", e)
print(PureWindowsPath("c:/a/b").relative_to("C:/A"), PureWindowsPath("c:a").is_absolute(), PureWindowsPath("/a").is_absolute(), PureWindowsPath("c:/").parent)
print(PurePosixPath("/a/b").match("/a/*"), PurePosixPath("a/b").match("*"), PureWindowsPath("a/B.PY").match("*.py"), PurePosixPath("a/b/c").parts[::-1])
print(PurePath("a").joinpath(), PurePosixPath("/a") / "/b", PureWindowsPath("c:/a") / "d:b", PureWindowsPath("c:/a") / "/b", PureWindowsPath("c:/a") / "c:b")
print(PurePosixPath("a.tar.gz").with_suffix(""), PurePosixPath(".bashrc").suffix, PurePosixPath("a.").suffix, PurePosixPath("a/..").name, PurePosixPath("..").stem)
print(repr(PurePosixPath(b"x".decode())), str(PurePath()), PurePosixPath("/").name, PurePosixPath("/").parent, list(PurePosixPath("a").parents), PurePosixPath("/a").parents[0])
try:
    PurePosixPath("a").parents[5]
except IndexError as e:
    print("IndexError", e)
print(PurePosixPath("a/b/c").parents[-1], PurePosixPath("a/b/c").parents[:2], PurePosixPath("/a/b").parents[::-1])
# os.scandir entries, stat fields
d = tempfile.mkdtemp()
base = Path(d)
(base / "f").write_text("abc")
(base / "dd").mkdir()
os.symlink(base / "f", base / "lf")
os.symlink(base / "missing", base / "broken")
with os.scandir(d) as it:
    ents = sorted(it, key=lambda e: e.name)
for e in ents:
    print(e.name, e.path == os.path.join(d, e.name), e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
          e.stat(follow_symlinks=False).st_size > 0, os.fspath(e) == e.path, repr(e), e.inode() == os.lstat(e.path).st_ino)
print(os.scandir(Path(d)).__next__().path.startswith(d), [type(e.name).__name__ for e in os.scandir(os.fsencode(d))][:1])
st = (base / "f").stat()
print(st.st_size, st.st_nlink, st.st_mode == os.stat(d + "/f")[0], st[6], len(st), type(st).__name__, st.st_mtime == st[8] or isinstance(st[8], int), abs(st.st_mtime_ns / 1e9 - st.st_mtime) < 1)
print(sorted(str(p.relative_to(base)) for p in base.glob("*")), sorted(str(p.relative_to(base)) for p in base.glob("l*")), list(base.glob("missing*")))
print(sorted(str(p.relative_to(base)) for p in base.glob("**/")), sorted(str(p.relative_to(base)) for p in base.rglob("*")))
print((base / "broken").exists(), (base / "broken").is_symlink(), (base / "lf").resolve() == (base / "f").resolve(), (base / "lf").readlink() == base / "f")
try:
    (base / "broken").resolve(strict=True)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
os.symlink("loop", base / "loop")
try:
    (base / "loop").resolve(strict=True)
except RuntimeError as e:
    print("RuntimeError", str(e).replace(d, "<tmp>"))
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    (base / "loop").resolve()
except RuntimeError as e:
    print("RuntimeError", str(e).replace(d, "<tmp>"))
print((base / "loop").exists(), (base / "loop").is_file(), (base / "loop").is_symlink())
try:
    list(base.glob(""))
except ValueError as e:
    print("ValueError", e)
try:
    list(base.glob("/abs"))
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Path("x").write_text(3)
except TypeError as e:
    print("TypeError", e)
try:
    (base / "f").write_bytes("str")
except TypeError as e:
    print("TypeError", e)
try:
    (base / "nope" / "x").write_text("a")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, str(e).replace(d, "<tmp>"))
try:
    (base / "dd").read_text()
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno, str(e).replace(d, "<tmp>"))
try:
    (base / "f").mkdir(exist_ok=True)
except FileExistsError as e:
    print("FileExistsError", str(e).replace(d, "<tmp>"))
try:
    (base / "f").rename(base / "dd")
except OSError as e:
    print(type(e).__name__, e.errno, str(e).replace(d, "<tmp>"))
try:
    Path("~nosuchuser_xyz").expanduser()
except RuntimeError as e:
    print("RuntimeError", e)
print(Path(d, "f").open("rb").read(), Path(d, "f").open(buffering=1).readline())
print((base / "f").is_block_device(), (base / "f").is_char_device(), (base / "f").is_fifo(), (base / "f").is_socket(), Path("/dev/null").is_char_device())
print((base / "f").read_text(errors="strict", encoding="ascii"), (base / "f").lstat().st_size, (base / "lf").lstat().st_size == len(str(base / "f")))
(base / "f").unlink(); (base / "lf").unlink(); (base / "broken").unlink(); (base / "loop").unlink(); (base / "dd").rmdir(); base.rmdir()
print(base.exists())
