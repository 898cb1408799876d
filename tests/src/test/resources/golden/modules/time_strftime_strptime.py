# time.strftime's glibc directives (%U %W %G %g %V %k %l %P %r), time.strptime through _strptime, struct_time's hidden fields.
import time
for date in [(2024, 1, 1), (2024, 2, 29), (2023, 1, 1), (2021, 1, 3), (2020, 12, 31), (2026, 12, 4), (2019, 12, 30), (2010, 1, 4)]:
    t = time.strptime("%d-%d-%d 13:05:09" % date, "%Y-%m-%d %H:%M:%S")
    print(time.strftime("%U %W %G %g %V %k|%l|%P %r %j %a %u %w", t))
import time; print(time.strptime("2024-01-02", "%Y-%m-%d"))
try:
    time.strptime("x", "%Y")
except ValueError as e:
    print(e)
try: time.struct_time((1,2,3))
except TypeError as e: print(e)
try: time.struct_time(tuple(range(12)))
except TypeError as e: print(e)
t = time.struct_time(tuple(range(11)))
print(len(t), t.tm_zone, t.tm_gmtoff, t)
t = time.struct_time(list(range(9)))
print(len(t), t.tm_zone, t.tm_gmtoff, t[8], t.tm_yday)
try: time.struct_time(5)
except TypeError as e: print(e)
print(time.strptime("2024-01-02 03:04", "%Y-%m-%d %H:%M"))
print(time.strftime("%Y %U", time.struct_time((2024, 3, 1, 0, 0, 0, 4, 61, 0))))
