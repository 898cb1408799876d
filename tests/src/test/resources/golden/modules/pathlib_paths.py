import pathlib, os, tempfile, sys
from pathlib import Path, PurePosixPath, PureWindowsPath, PurePath
p = PurePosixPath("/usr/lib/python3.11/os.py")
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, p.drive)
print(list(p.parents), p.parent, p.parents[1], p.parents[-1])
print(p.with_name("x.txt"), p.with_suffix(".pyc"), p.with_stem("q"))
print(p.relative_to("/usr"), p.is_relative_to("/usr"), p.is_absolute())
print(p.match("*.py"), p.match("lib/*.py"), p.match("/*.py"))
print(PurePosixPath("a") / "b" / "c", "x" / PurePosixPath("y"))
print(p.as_posix(), p.as_uri(), bytes(p), os.fspath(p))
print(PurePosixPath("a//b/./c/"), PurePosixPath("//a"), PurePosixPath("///a"))
print(PurePosixPath("a") == PurePosixPath("a"), PurePosixPath("a") < PurePosixPath("b"), hash(PurePosixPath("a")) == hash(PurePosixPath("a")))
w = PureWindowsPath("C:\\Users\\x\\file.TXT")
print(w, repr(w), w.parts, w.drive, w.root, w.anchor, w.name, w.suffix, w.as_posix(), w.as_uri())
print(PureWindowsPath("c:/a") == PureWindowsPath("C:\\A"), w.is_absolute(), w.is_reserved(), PureWindowsPath("nul").is_reserved())
print(PureWindowsPath("//server/share/x"), PureWindowsPath("//server/share/x").drive, PureWindowsPath("c:a").anchor)
print(w.relative_to("c:/users"), w.with_suffix(".md"), w.match("*.txt"))
print(PurePosixPath("a").joinpath("b", "c"), PurePath("a/b"), type(PurePath("a")).__name__, type(Path(".")).__name__)
try:
    p.relative_to("/etc")
except ValueError as e:
    print("ValueError", e)
try:
    PurePosixPath("a").with_suffix("b")
except ValueError as e:
    print("ValueError", e)
try:
    PurePosixPath("").with_name("b")
except ValueError as e:
    print("ValueError", e)
try:
    PurePosixPath("/").as_uri(); PurePosixPath("a").as_uri()
except ValueError as e:
    print("ValueError", e)
d = tempfile.mkdtemp()
os.chdir(d)
base = Path(d)
print(Path.cwd() == base.resolve(), Path.home() == Path(os.path.expanduser("~")))
f = base / "sub" / "deep"
f.mkdir(parents=True, exist_ok=True)
f.mkdir(parents=True, exist_ok=True)
try:
    f.mkdir()
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, d))
t = base / "sub" / "a.txt"
print(t.write_text("hello\nworld\n"), t.read_text(), t.write_bytes(b"\x00\x01"), t.read_bytes())
t.write_text("héllo", encoding="utf-8")
print(t.read_text(encoding="utf-8"), t.read_bytes())
with t.open("a") as fh:
    fh.write("!")
with t.open() as fh:
    print(fh.read())
print(t.exists(), t.is_file(), t.is_dir(), f.is_dir(), (base / "nope").exists(), t.is_symlink(), t.is_mount(), base.is_mount())
print(t.stat().st_size, t.lstat().st_size, oct(t.stat().st_mode))
print(sorted(x.name for x in (base / "sub").iterdir()))
(base / "sub" / "b.py").touch()
(base / "sub" / "deep" / "c.py").touch()
(base / "sub" / "deep" / "c.py").touch(exist_ok=True)
try:
    (base / "sub" / "b.py").touch(exist_ok=False)
except FileExistsError as e:
    print(type(e).__name__, e.errno, os.path.relpath(e.filename, d))
print(sorted(str(x.relative_to(base)) for x in base.glob("**/*.py")))
print(sorted(str(x.relative_to(base)) for x in base.rglob("*.py")))
print(sorted(str(x.relative_to(base)) for x in base.glob("sub/*")))
print(sorted(str(x.relative_to(base)) for x in base.glob("*/*.txt")))
print(sorted(str(x.relative_to(base)) for x in base.glob("**")))
n = t.rename(base / "sub" / "renamed.txt")
print(n.relative_to(base), t.exists(), n.exists())
r = n.replace(base / "r2.txt")
print(r.relative_to(base))
print(r.samefile(base / "r2.txt"), r.samefile(str(base / "r2.txt")))
print(Path("sub/../r2.txt").resolve() == r.resolve(), Path(".").resolve() == base.resolve(), Path("nonexist/x").resolve().relative_to(base.resolve()))
try:
    Path("nonexist/x").resolve(strict=True)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
r.unlink()
try:
    r.unlink()
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, d))
r.unlink(missing_ok=True)
try:
    r.read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, d))
try:
    list((base / "sub" / "b.py").iterdir())
except NotADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, d))
try:
    (base / "sub").rmdir()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, d))
try:
    (base / "sub").unlink()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, d))
try:
    (base / "sub" / "b.py" / "x").mkdir()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, d))
(base / "sub" / "deep" / "c.py").unlink()
(base / "sub" / "deep").rmdir()
lnk = base / "lnk"
lnk.symlink_to("sub")
print(lnk.is_symlink(), lnk.is_dir(), lnk.readlink(), lnk.resolve().name, lnk.lstat().st_size > 0)
(base / "hl").hardlink_to(base / "sub" / "b.py")
print((base / "hl").samefile(base / "sub" / "b.py"))
(base / "sub" / "b.py").chmod(0o600)
print(oct((base / "sub" / "b.py").stat().st_mode & 0o777))
print(Path("~").expanduser() == Path.home(), Path("a").absolute() == base / "a", Path("/x").absolute())
print(sorted(str(x.relative_to(base)) for x in base.iterdir()))
print(Path("a", "b", "c"), Path(b"x".decode()), Path(Path("q")), Path())
try:
    Path(3)
except TypeError as e:
    print("TypeError", e)
try:
    Path("a") / 3
except TypeError as e:
    print("TypeError", e)
print(os.fspath(Path("z")), str(Path("z")), f"{Path('z')}", Path("a/b").is_reserved())
with open(Path(d) / "r3.txt", "w") as fh:
    fh.write("x")
print(os.path.exists(Path(d) / "r3.txt"), os.stat(Path(d)/"r3.txt").st_size, os.path.join(Path("a"), "b"))
print(sorted(os.listdir(Path(d))))
st = os.stat(d)
print([hasattr(st, a) for a in ("st_mode","st_ino","st_dev","st_nlink","st_uid","st_gid","st_size","st_atime","st_mtime","st_ctime","st_atime_ns","st_mtime_ns","st_ctime_ns","st_blksize","st_blocks","st_rdev")])
import shutil; os.chdir("/"); shutil.rmtree(d)
print("done")
