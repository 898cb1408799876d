# pwd and grp over libc: entries as struct sequences, CPython's KeyErrors and id conversion errors; values that
# depend on the machine are only compared, never printed.
import grp
import os
import pwd
import tempfile
from pathlib import Path

me = pwd.getpwuid(os.getuid())
print(type(me).__name__, type(me).__module__, len(me), pwd.struct_passwd.n_fields, isinstance(me, tuple))
print(me.pw_uid == os.getuid(), me[2] == me.pw_uid, pwd.getpwnam(me.pw_name) == me, me in pwd.getpwall())
print(all(isinstance(getattr(me, f), str) for f in ("pw_name", "pw_passwd", "pw_gecos", "pw_dir", "pw_shell")), isinstance(me.pw_gid, int))
root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="))
g = grp.getgrgid(os.getgid())
print(type(g).__name__, type(g).__module__, len(g), g.gr_gid == os.getgid(), grp.getgrnam(g.gr_name) == g, g in grp.getgrall(), isinstance(g.gr_mem, list))
print(grp.getgrgid(0).gr_name, repr(grp.getgrgid(0)).startswith("grp.struct_group(gr_name='root'"), pwd.getpwuid(True) == pwd.getpwuid(1))
cases = [lambda: pwd.getpwuid(-1), lambda: pwd.getpwuid(-2), lambda: pwd.getpwuid(2**40), lambda: pwd.getpwuid(2**70), lambda: pwd.getpwuid("x"),
         lambda: pwd.getpwuid(1.0), lambda: pwd.getpwuid(3999999999), lambda: pwd.getpwnam(1), lambda: pwd.getpwnam("no_such_user_xyz"),
         lambda: pwd.getpwnam("a\0b"), lambda: grp.getgrgid(3999999999), lambda: grp.getgrgid(-1), lambda: grp.getgrgid(-2),
         lambda: grp.getgrgid(2**32), lambda: grp.getgrgid(2**70), lambda: grp.getgrgid("x"), lambda: grp.getgrnam("no_such_group_xyz"),
         lambda: grp.getgrnam(3), lambda: grp.getgrgid(id=0).gr_gid]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
d = tempfile.mkdtemp()
p = Path(d)
print(p.owner() == me.pw_name, p.group() == grp.getgrgid(os.stat(d).st_gid).gr_name)
print(Path("~" + me.pw_name).expanduser() == Path(me.pw_dir), os.path.expanduser("~root") == root.pw_dir, os.path.expanduser("~no_such_user_xyz/a"))
p.rmdir()
