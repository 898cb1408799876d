package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;
import static org.auditpy.shims.Fns.absentOrNone;
import static org.auditpy.shims.Fns.def;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;
import org.auditpy.runtime.PythonObject;
import org.auditpy.runtime.SignalHandling;

/** {@code time} over java.time. 3.11 raises no audit event in sleep (time.sleep is 3.13's). */
final class TimeModule {
    private TimeModule() {
    }

    static final long START = System.nanoTime();
    static PyType structTime;

    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

    static double secondsArg(Object o) {
        if (o instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("Invalid value NaN (not a number)");
            }
            return d;
        }
        if (Fns.isIntLike(o)) {
            return MathModule.toDouble(o);
        }
        if (PyOps.typeOf(o).lookup("__float__") != null) {
            return MathModule.toDouble(o);
        }
        throw PyErrors.typeError("'" + PyOps.typeName(o) + "' object cannot be interpreted as an integer");
    }

    static PyTuple make(ZonedDateTime z, boolean local) {
        long isdst = local && z.getZone().getRules().isDaylightSavings(z.toInstant()) ? 1 : local ? 0 : 0;
        Object[] items = {(long) z.getYear(), (long) z.getMonthValue(), (long) z.getDayOfMonth(), (long) z.getHour(), (long) z.getMinute(),
                        (long) z.getSecond(), (long) (z.getDayOfWeek().getValue() - 1), (long) z.getDayOfYear(), isdst};
        PyTuple t = new PyTuple(structTime, items);
        t.setAttribute("\0tm_zone", local ? z.getZone().getRules().isDaylightSavings(z.toInstant())
                        ? z.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT) : zoneAbbrev(z) : "GMT");
        t.setAttribute("\0tm_gmtoff", (long) z.getOffset().getTotalSeconds());
        return t;
    }

    static String zoneAbbrev(ZonedDateTime z) {
        String s = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(z);
        return s.equals("Z") ? "UTC" : s;
    }

    static ZonedDateTime at(Object secs, ZoneId zone) {
        double s = absentOrNone(secs) ? System.currentTimeMillis() / 1000.0 : secondsArg(secs);
        long whole = (long) Math.floor(s);
        return Instant.ofEpochSecond(whole).atZone(zone);
    }

    static long[] fields(Object t) {
        Object[] items = t instanceof PyTuple pt ? pt.items() : PyOps.toArray(t);
        if (items.length < 9) {
            throw PyErrors.typeError("function takes exactly 9 arguments (" + items.length + " given)");
        }
        long[] r = new long[9];
        for (int i = 0; i < 9; i++) {
            r[i] = Fns.toLong(items[i]);
        }
        return r;
    }

    static ZonedDateTime fromFields(long[] f) {
        LocalDateTime ldt = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(Math.max(0, f[1] - 1)).plusDays(Math.max(0, f[2] - 1)).plusHours(f[3])
                        .plusMinutes(f[4]).plusSeconds(f[5]);
        return ldt.atZone(ZoneId.systemDefault());
    }

    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                    "December"};

    static String asctime(long[] f) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[(int) Math.floorMod(f[6], 7)].substring(0, 3),
                        MONTHS[(int) Math.floorMod(f[1] - 1, 12)].substring(0, 3), f[2], f[3], f[4], f[5], f[0]);
    }

    /** %G (ISO 8601 year), %g (its last two digits) or %V (ISO week) of the date in {@code f}. */
    private static String isoWeekField(char d, long[] f) {
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.of((int) f[0], (int) f[1], (int) f[2]);
        } catch (RuntimeException e) {
            date = java.time.LocalDate.ofYearDay((int) f[0], (int) Math.max(1, Math.min(365, f[7])));
        }
        int year = date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
        return switch (d) {
            case 'G' -> String.valueOf(year);
            case 'g' -> String.format("%02d", Math.floorMod(year, 100));
            default -> String.format("%02d", date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    static String strftime(String fmt, long[] f, Object tuple) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            int hour12 = (int) (f[3] % 12 == 0 ? 12 : f[3] % 12);
            String dn = DAYS[(int) Math.floorMod(f[6], 7)];
            String mn = MONTHS[(int) Math.floorMod(f[1] - 1, 12)];
            switch (d) {
                case 'Y' -> sb.append(f[0]);
                case 'y' -> sb.append(String.format("%02d", Math.floorMod(f[0], 100)));
                case 'C' -> sb.append(String.format("%02d", f[0] / 100));
                case 'm' -> sb.append(String.format("%02d", f[1]));
                case 'd' -> sb.append(String.format("%02d", f[2]));
                case 'e' -> sb.append(String.format("%2d", f[2]));
                case 'H' -> sb.append(String.format("%02d", f[3]));
                case 'I' -> sb.append(String.format("%02d", hour12));
                case 'M' -> sb.append(String.format("%02d", f[4]));
                case 'S' -> sb.append(String.format("%02d", f[5]));
                case 'p' -> sb.append(f[3] < 12 ? "AM" : "PM");
                case 'j' -> sb.append(String.format("%03d", f[7]));
                case 'a' -> sb.append(dn, 0, 3);
                case 'A' -> sb.append(dn);
                case 'b', 'h' -> sb.append(mn, 0, 3);
                case 'B' -> sb.append(mn);
                case 'w' -> sb.append((f[6] + 1) % 7);
                // glibc's weeks of the year: %U from the first Sunday, %W from the first Monday (tm_wday 0 is Sunday)
                case 'U' -> sb.append(String.format("%02d", (f[7] - 1 - (f[6] + 1) % 7 + 7) / 7));
                case 'W' -> sb.append(String.format("%02d", (f[7] - 1 - f[6] + 7) / 7));
                case 'G', 'g', 'V' -> sb.append(isoWeekField(d, f));
                case 'k' -> sb.append(String.format("%2d", f[3]));
                case 'l' -> sb.append(String.format("%2d", hour12));
                case 'P' -> sb.append(f[3] < 12 ? "am" : "pm");
                case 'r' -> sb.append(String.format("%02d:%02d:%02d %s", hour12, f[4], f[5], f[3] < 12 ? "AM" : "PM"));
                case 'u' -> sb.append(f[6] + 1);
                case 'D' -> sb.append(String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100)));
                case 'F' -> sb.append(String.format("%d-%02d-%02d", f[0], f[1], f[2]));
                case 'T' -> sb.append(String.format("%02d:%02d:%02d", f[3], f[4], f[5]));
                case 'R' -> sb.append(String.format("%02d:%02d", f[3], f[4]));
                case 'c' -> sb.append(asctime(f));
                case 'x' -> sb.append(String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100)));
                case 'X' -> sb.append(String.format("%02d:%02d:%02d", f[3], f[4], f[5]));
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case '%' -> sb.append('%');
                case 'Z' -> {
                    Object z = tuple instanceof PythonObject po ? po.getAttributeOrNull("\0tm_zone") : null;
                    sb.append(z instanceof String s ? s : zoneAbbrev(ZonedDateTime.now()));
                }
                case 'z' -> {
                    Object g = tuple instanceof PythonObject po ? po.getAttributeOrNull("\0tm_gmtoff") : null;
                    long off = g instanceof Long l ? l : ZonedDateTime.now().getOffset().getTotalSeconds();
                    sb.append(off < 0 ? '-' : '+').append(String.format("%02d%02d", Math.abs(off) / 3600, Math.abs(off) % 3600 / 60));
                }
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    static PyModule create(PythonContext ctx) {
        PyModule m = Fns.module(ctx, "time");
        PyDict ns = m.getDict();
        structTime = PosixModule.structType(ctx, "time", "struct_time", FIELDS, 9, new String[]{"tm_zone", "tm_gmtoff"});
        ns.setStr("struct_time", structTime);
        // the fields of a struct_time, tm_zone and tm_gmtoff included (_strptime reads it)
        ns.setStr("_STRUCT_TM_ITEMS", 11L);
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime jan = ZonedDateTime.of(ZonedDateTime.now().getYear(), 1, 1, 0, 0, 0, 0, zone);
        ZonedDateTime jul = jan.withMonth(7);
        int offJan = jan.getOffset().getTotalSeconds();
        int offJul = jul.getOffset().getTotalSeconds();
        int std = Math.min(offJan, offJul);
        int dst = Math.max(offJan, offJul);
        ns.setStr("timezone", (long) -std);
        ns.setStr("altzone", (long) -dst);
        ns.setStr("daylight", offJan != offJul ? 1L : 0L);
        ZonedDateTime stdT = offJan <= offJul ? jan : jul;
        ZonedDateTime dstT = offJan <= offJul ? jul : jan;
        ns.setStr("tzname", PyTuple.of(zoneAbbrev(stdT), zoneAbbrev(dstT)));
        def(ctx, ns, "time", "", a -> {
            Instant i = Instant.now();
            return i.getEpochSecond() + i.getNano() / 1e9;
        });
        def(ctx, ns, "time_ns", "", a -> {
            Instant i = Instant.now();
            return Fns.norm(java.math.BigInteger.valueOf(i.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                            .add(java.math.BigInteger.valueOf(i.getNano())));
        });
        Fns.Impl mono = a -> (System.nanoTime() - START) / 1e9;
        Fns.Impl monoNs = a -> System.nanoTime() - START;
        def(ctx, ns, "perf_counter", "", mono);
        def(ctx, ns, "perf_counter_ns", "", monoNs);
        def(ctx, ns, "monotonic", "", mono);
        def(ctx, ns, "monotonic_ns", "", monoNs);
        def(ctx, ns, "process_time", "", a -> cpuNs() / 1e9);
        def(ctx, ns, "process_time_ns", "", a -> cpuNs());
        def(ctx, ns, "thread_time", "", a -> threadCpuNs() / 1e9);
        def(ctx, ns, "thread_time_ns", "", a -> threadCpuNs());
        def(ctx, ns, "sleep", "secs, /", a -> {
            double s = secondsArg(a[0]);
            if (s < 0) {
                throw PyErrors.valueError("sleep length must be non-negative");
            }
            // Ctrl-C (a signal's handler) interrupts the sleep; it goes on for the rest of the time unless that raised
            SignalHandling.sleepNanos((long) (s * 1e9));
            return null;
        });
        def(ctx, ns, "gmtime", "secs=, /", a -> make(at(a[0], ZoneOffset.UTC), false));
        def(ctx, ns, "localtime", "secs=, /", a -> make(at(a[0], ZoneId.systemDefault()), true));
        def(ctx, ns, "mktime", "t, /", a -> {
            long[] f = fields(a[0]);
            return (double) fromFields(f).toEpochSecond();
        });
        def(ctx, ns, "asctime", "t=, /", a -> asctime(absent(a[0]) ? fields(make(at(PyNone(), ZoneId.systemDefault()), true)) : fields(a[0])));
        def(ctx, ns, "ctime", "secs=, /", a -> asctime(fields(make(at(a[0], ZoneId.systemDefault()), true))));
        def(ctx, ns, "strftime", "format, t=, /", a -> {
            if (!(a[0] instanceof String fmt)) {
                throw PyErrors.typeError("strftime() argument 1 must be str, not " + PyOps.typeName(a[0]));
            }
            Object t = absent(a[1]) ? make(at(PyNone(), ZoneId.systemDefault()), true) : a[1];
            return strftime(fmt, fields(t), t);
        });
        // as CPython's time_strptime: the _strptime module's _strptime_time, imported at the first call
        def(ctx, ns, "strptime", "string, format=, /", a -> {
            Object strptimeTime = PyOps.getAttribute(org.auditpy.runtime.ImportSystem.findAndLoad("_strptime"), "_strptime_time");
            Object[] args = absent(a[1]) ? new Object[]{a[0]} : new Object[]{a[0], a[1]};
            return PyOps.call(strptimeTime, args, org.auditpy.runtime.ArgumentBinder.NO_KEYWORDS);
        });
        def(ctx, ns, "get_clock_info", "name, /", a -> {
            throw PyErrors.valueError("unknown clock");
        });
        return m;
    }

    static Object PyNone() {
        return org.auditpy.runtime.PyNone.NONE;
    }

    /** CPU time of the calling thread in nanoseconds (CPython's CLOCK_THREAD_CPUTIME_ID); process time if unsupported. */
    static long threadCpuNs() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        if (mx.isCurrentThreadCpuTimeSupported()) {
            return mx.getCurrentThreadCpuTime();
        }
        return cpuNs();
    }

    static long cpuNs() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(System.nanoTime() - START);
    }
}
