# CPython's datetime (with its C module's messages), calendar, _strptime and enum on auditpy.
import datetime as dt
import calendar
import enum

d = dt.date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.strftime("%A %d %B %Y %j %U"))
print(d + dt.timedelta(days=1), d - dt.date(2000, 1, 1), d.replace(year=2023, day=28), dt.date.fromisoformat("2021-12-31"))
t = dt.datetime(2024, 3, 10, 14, 5, 6, 123456)
print(t, repr(t), t.isoformat(), t.isoformat(sep=" ", timespec="milliseconds"), t.timestamp() if False else "", t.date(), t.time())
print(t.strftime("%Y-%m-%dT%H:%M:%S.%f %p %I %a %b %y"), f"{t:%d/%m/%Y}", t.ctime())
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
a = t.replace(tzinfo=dt.timezone.utc)
print(a, a.astimezone(tz), a.utcoffset(), a.tzname(), a.astimezone(tz).tzname(), repr(tz))
print(dt.datetime.fromisoformat("2011-11-04T00:05:23+04:00"), dt.datetime.strptime("2023-07-01 12:30", "%Y-%m-%d %H:%M"))
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime.utcfromtimestamp(86400 * 365))
td = dt.timedelta(days=-1, seconds=3661, microseconds=5)
print(td, repr(td), td.total_seconds(), abs(td), td * 3, td // 2, dt.timedelta(hours=1) / dt.timedelta(minutes=7))
print(dt.time(1, 2, 3), dt.time.fromisoformat("04:05:06.789"), dt.date.min, dt.datetime.max, dt.MINYEAR, dt.MAXYEAR)
for bad in [lambda: dt.date(2023, 2, 29), lambda: dt.datetime(2023, 13, 1), lambda: dt.date.fromisoformat("2023/01/01"),
            lambda: dt.datetime.strptime("x", "%Y")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([dt.date(2024, 1, 2), dt.date(2023, 5, 6)]), dt.date(2024, 1, 1) < dt.date(2024, 1, 2), hash(dt.date(2024, 1, 1)) == hash(dt.date(2024, 1, 1)))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 2, 29), calendar.month_name[3], calendar.day_abbr[0])
print(calendar.month(2024, 2))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = "b"

class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1

class Shape(enum.IntEnum):
    CIRCLE = 1
    SQUARE = 2

class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()

print(Color.RED, repr(Color.GREEN), Color("b"), Color["RED"], list(Color), Color.RED.name, Color.RED.value, len(Color))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R in (Perm.R | Perm.W), int(Perm.W | Perm.X))
print(Shape.CIRCLE == 1, Shape.SQUARE + 1, sorted([Shape.SQUARE, Shape.CIRCLE]), Auto.A.value, Auto.B.value)
try:
    Color(5)
except ValueError as e:
    print("ValueError", e)

@enum.unique
class U(enum.Enum):
    X = 1
try:
    @enum.unique
    class V(enum.Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError", e)
print(isinstance(Color.RED, Color), type(Color), Color.__members__.keys())
