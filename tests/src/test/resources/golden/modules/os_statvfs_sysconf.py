# os.statvfs, os.sysconf and os.sysconf_names (statvfs(3) and sysconf(3), as CPython's posixmodule.c), and
# shutil.disk_usage, which exists when os.statvfs does
import os, shutil

st = os.statvfs('.')
print(type(st).__name__, type(st).__module__, len(st), type(st).n_fields, type(st).n_sequence_fields)
print(type(st)._fields if hasattr(type(st), '_fields') else [f for f in dir(st) if f.startswith('f_')])
print(st.f_bsize > 0, st.f_frsize > 0, st.f_blocks >= st.f_bfree >= 0, st.f_namemax, isinstance(st.f_fsid, int))
print(st[0] == st.f_bsize, st[-1] == st.f_namemax, repr(st).startswith("os.statvfs_result(f_bsize="))
print(os.statvfs(b'.').f_namemax, os.statvfs(os.open('.', os.O_RDONLY)).f_namemax)
for bad in ('/nonexistent/x', 1.5):
    try:
        os.statvfs(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)

print(len(os.sysconf_names), os.sysconf_names['SC_PAGESIZE'], os.sysconf_names['SC_NPROCESSORS_ONLN'], list(os.sysconf_names)[:3])
print(os.sysconf('SC_PAGESIZE') == os.sysconf(30) > 0, os.sysconf_names['SC_PAGE_SIZE'])
print(os.sysconf('SC_NPROCESSORS_ONLN') >= 1, os.sysconf('SC_CLK_TCK'), os.sysconf(True) > 0)
for bad in ('nope', 1.5, -99999, 2 ** 40):
    try:
        print(os.sysconf(bad))
    except (OSError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

du = shutil.disk_usage('.')
print(type(du).__name__, du._fields, du.total == st.f_blocks * st.f_frsize, du.used >= 0, du.free >= 0)
