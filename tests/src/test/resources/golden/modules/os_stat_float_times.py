# os.stat's float times are CPython's fill_time: seconds + nanoseconds * 1e-9 (so tarfile, which stores and restores
# st_mtime, passes the same floats to os.utime), not the nanoseconds divided as a whole.
import os

name = "os_stat_float_times.tmp"
with open(name, "w") as f:
    f.write("x")
for ns in (1796443295088964222, 1700000000123456789, 999999999, 1234567890000000001):
    os.utime(name, ns=(ns, ns))
    st = os.stat(name)
    print(st.st_mtime_ns, repr(st.st_mtime), repr(st.st_atime), st[8])
os.remove(name)
