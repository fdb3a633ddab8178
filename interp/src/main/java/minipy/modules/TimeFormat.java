package minipy.modules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import minipy.runtime.*;

/** time.struct_time and the calendar functions of time: localtime, gmtime, mktime, ctime, asctime, strftime, strptime. */
final class TimeFormat {
    private TimeFormat() {}

    static final PyType STRUCT_TIME = PyStructSeq.newType("time", "struct_time",
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst");
    static {
        STRUCT_TIME.constructor = (cls, a, k) -> {
            Object[] items = Iter.toArray(a[0]);
            if (items.length != 9) throw Py.TypeError("time.struct_time() takes a 9-sequence (" + items.length + "-sequence given)");
            return new PyStructSeq(STRUCT_TIME, items.clone());
        };
    }

    static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    static ZoneId zone() { return ZoneId.systemDefault(); }

    static double now() { return System.currentTimeMillis() / 1000.0; }

    static double secs(Object[] a) {
        if (a.length == 0 || a[0] == Py.None) return now();
        return Ops.asDouble(a[0]);
    }

    static PyStructSeq struct(ZonedDateTime t) {
        boolean dst = t.getZone().getRules().isDaylightSavings(t.toInstant());
        return new PyStructSeq(STRUCT_TIME, (long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(),
                (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(), (long) (t.getDayOfWeek().getValue() - 1),
                (long) t.getDayOfYear(), dst ? 1L : 0L);
    }

    static ZonedDateTime at(double secs, ZoneId z) {
        long s = (long) Math.floor(secs);
        return Instant.ofEpochSecond(s).atZone(z);
    }

    /** A struct_time or 9-tuple as a local date-time (fields are not normalised beyond what Java accepts). */
    static LocalDateTime fields(Object t) {
        Object[] f = Iter.toArray(t);
        if (f.length != 9) throw Py.TypeError("function takes exactly 9 arguments (" + f.length + " given)");
        int year = (int) Ops.asIndex(f[0]);
        int mon = (int) Ops.asIndex(f[1]), day = (int) Ops.asIndex(f[2]);
        int h = (int) Ops.asIndex(f[3]), mi = (int) Ops.asIndex(f[4]), sec = (int) Ops.asIndex(f[5]);
        LocalDateTime d = LocalDateTime.of(year, 1, 1, 0, 0, 0);
        return d.plusMonths(Math.max(mon, 1) - 1).plusDays(Math.max(day, 1) - 1).plusHours(h).plusMinutes(mi).plusSeconds(sec);
    }

    static Object[] rawFields(Object t) {
        Object[] f = Iter.toArray(t);
        if (f.length != 9) throw Py.TypeError("function takes exactly 9 arguments (" + f.length + " given)");
        return f;
    }

    static String asctime(LocalDateTime d) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[d.getDayOfWeek().getValue() - 1], MONTHS[d.getMonthValue() - 1],
                d.getDayOfMonth(), d.getHour(), d.getMinute(), d.getSecond(), d.getYear());
    }

    static void install(PyModule m) {
        m.set("struct_time", STRUCT_TIME);
        ZonedDateTime nowZ = ZonedDateTime.now(zone());
        int std = -nowZ.getZone().getRules().getStandardOffset(nowZ.toInstant()).getTotalSeconds();
        boolean hasDst = !nowZ.getZone().getRules().isFixedOffset() && nowZ.getZone().getRules().nextTransition(nowZ.toInstant()) != null;
        m.set("timezone", (long) std);
        m.set("altzone", (long) (hasDst ? std - 3600 : std));
        m.set("daylight", hasDst ? 1L : 0L);
        String stdName = nowZ.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        java.util.TimeZone tz = java.util.TimeZone.getDefault();
        m.set("tzname", PyTuple.of(tz.getDisplayName(false, java.util.TimeZone.SHORT, Locale.ROOT),
                tz.getDisplayName(true, java.util.TimeZone.SHORT, Locale.ROOT)));
        if (stdName.isEmpty()) m.set("tzname", PyTuple.of("UTC", "UTC"));
        m.def("localtime", (a, k) -> struct(at(secs(a), zone())));
        m.def("gmtime", (a, k) -> struct(at(secs(a), ZoneOffset.UTC)));
        m.def("mktime", (a, k) -> {
            LocalDateTime d = fields(a[0]);
            return (double) d.atZone(zone()).toEpochSecond();
        });
        m.def("ctime", (a, k) -> asctime(at(secs(a), zone()).toLocalDateTime()));
        m.def("asctime", (a, k) -> {
            if (a.length == 0 || a[0] == Py.None) return asctime(at(now(), zone()).toLocalDateTime());
            return asctimeOf(rawFields(a[0]));
        });
        m.def("strftime", (a, k) -> {
            if (!(a[0] instanceof String fmt)) throw Py.TypeError("strftime() argument 1 must be str, not " + Ops.typeName(a[0]));
            Object[] f = a.length > 1 ? rawFields(a[1]) : Iter.toArray(struct(at(now(), zone())));
            return strftime(fmt, f);
        });
        m.def("strptime", (a, k) -> strptime(Ops.str(a[0]), a.length > 1 ? Ops.str(a[1]) : "%a %b %d %H:%M:%S %Y"));
    }

    static String asctimeOf(Object[] f) {
        int wday = (int) Ops.asIndex(f[6]);
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[Math.floorMod(wday, 7)], MONTHS[Math.floorMod((int) Ops.asIndex(f[1]) - 1, 12)],
                Ops.asIndex(f[2]), Ops.asIndex(f[3]), Ops.asIndex(f[4]), Ops.asIndex(f[5]), Ops.asIndex(f[0]));
    }

    static String strftime(String fmt, Object[] f) {
        long year = Ops.asIndex(f[0]), mon = Ops.asIndex(f[1]), mday = Ops.asIndex(f[2]);
        long hour = Ops.asIndex(f[3]), min = Ops.asIndex(f[4]), sec = Ops.asIndex(f[5]);
        int wday = (int) Math.floorMod(Ops.asIndex(f[6]), 7L);
        long yday = Ops.asIndex(f[7]);
        long isdst = Ops.asIndex(f[8]);
        if (mon < 1) mon = 1;
        if (mon > 12) throw Py.ValueError("month out of range");
        if (mday < 1) mday = 1;
        if (yday < 1) yday = 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) { sb.append(c); continue; }
            char d = fmt.charAt(++i);
            String dayName = java.time.DayOfWeek.of(wday + 1).getDisplayName(TextStyle.FULL, Locale.US);
            String monName = java.time.Month.of((int) mon).getDisplayName(TextStyle.FULL, Locale.US);
            switch (d) {
                case 'a': sb.append(DAYS[wday]); break;
                case 'A': sb.append(dayName); break;
                case 'b': case 'h': sb.append(MONTHS[(int) mon - 1]); break;
                case 'B': sb.append(monName); break;
                case 'c': sb.append(String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[wday], MONTHS[(int) mon - 1], mday, hour, min, sec, year)); break;
                case 'd': sb.append(String.format("%02d", mday)); break;
                case 'e': sb.append(String.format("%2d", mday)); break;
                case 'D': sb.append(String.format("%02d/%02d/%02d", mon, mday, year % 100)); break;
                case 'F': sb.append(String.format("%d-%02d-%02d", year, mon, mday)); break;
                case 'H': sb.append(String.format("%02d", hour)); break;
                case 'k': sb.append(String.format("%2d", hour)); break;
                case 'I': sb.append(String.format("%02d", hour % 12 == 0 ? 12 : hour % 12)); break;
                case 'l': sb.append(String.format("%2d", hour % 12 == 0 ? 12 : hour % 12)); break;
                case 'j': sb.append(String.format("%03d", yday)); break;
                case 'm': sb.append(String.format("%02d", mon)); break;
                case 'M': sb.append(String.format("%02d", min)); break;
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'p': sb.append(hour < 12 ? "AM" : "PM"); break;
                case 'P': sb.append(hour < 12 ? "am" : "pm"); break;
                case 'r': sb.append(String.format("%02d:%02d:%02d %s", hour % 12 == 0 ? 12 : hour % 12, min, sec, hour < 12 ? "AM" : "PM")); break;
                case 'R': sb.append(String.format("%02d:%02d", hour, min)); break;
                case 'S': sb.append(String.format("%02d", sec)); break;
                case 'T': case 'X': sb.append(String.format("%02d:%02d:%02d", hour, min, sec)); break;
                case 'x': sb.append(String.format("%02d/%02d/%02d", mon, mday, year % 100)); break;
                case 'u': sb.append(wday + 1); break;
                case 'w': sb.append((wday + 1) % 7); break;
                case 'y': sb.append(String.format("%02d", Math.floorMod(year, 100L))); break;
                case 'Y': sb.append(year); break;
                case 'C': sb.append(String.format("%02d", year / 100)); break;
                case 'U': sb.append(String.format("%02d", (yday - 1 + 7 - ((wday + 1) % 7)) / 7)); break;
                case 'W': sb.append(String.format("%02d", (yday - 1 + 7 - wday) / 7)); break;
                case 'G': case 'V': case 'g': {
                    LocalDateTime dt = LocalDateTime.of((int) year, (int) mon, (int) Math.min(mday, 28), 0, 0).withDayOfMonth((int) mday);
                    int wk = dt.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    int wy = dt.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
                    sb.append(d == 'V' ? String.format("%02d", wk) : d == 'G' ? String.valueOf(wy) : String.format("%02d", wy % 100));
                    break;
                }
                case 'z': {
                    LocalDateTime dt = LocalDateTime.of((int) year, (int) mon, 1, (int) hour, (int) min).withDayOfMonth((int) mday);
                    int off = zone().getRules().getOffset(dt).getTotalSeconds();
                    sb.append(String.format("%s%02d%02d", off < 0 ? "-" : "+", Math.abs(off) / 3600, Math.abs(off) / 60 % 60));
                    break;
                }
                case 'Z': {
                    java.util.TimeZone tz = java.util.TimeZone.getDefault();
                    sb.append(tz.getDisplayName(isdst > 0, java.util.TimeZone.SHORT, Locale.ROOT));
                    break;
                }
                case 's': sb.append(LocalDateTime.of((int) year, (int) mon, 1, (int) hour, (int) min, (int) sec).withDayOfMonth((int) mday).atZone(zone()).toEpochSecond()); break;
                case '%': sb.append('%'); break;
                default: sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    /** strptime for the common directives (%Y %m %d %H %M %S %y %b %B %a %A %j %p %I %f %%). */
    static PyStructSeq strptime(String s, String fmt) {
        int[] pos = {0};
        int year = 1900, mon = 1, day = 1, hour = 0, min = 0, sec = 0, yday = -1;
        boolean pm = false, hasP = false;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                if (Character.isWhitespace(c)) {
                    while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) pos[0]++;
                    continue;
                }
                if (pos[0] >= s.length() || s.charAt(pos[0]) != c) throw mismatch(s, fmt);
                pos[0]++;
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'Y': year = num(s, pos, 4, fmt); break;
                case 'y': { int y = num(s, pos, 2, fmt); year = y < 69 ? 2000 + y : 1900 + y; break; }
                case 'm': mon = num(s, pos, 2, fmt); break;
                case 'd': day = num(s, pos, 2, fmt); break;
                case 'H': hour = num(s, pos, 2, fmt); break;
                case 'I': hour = num(s, pos, 2, fmt); break;
                case 'M': min = num(s, pos, 2, fmt); break;
                case 'S': sec = num(s, pos, 2, fmt); break;
                case 'j': yday = num(s, pos, 3, fmt); break;
                case 'f': num(s, pos, 6, fmt); break;
                case 'p': {
                    String r = s.substring(pos[0]).toUpperCase();
                    if (r.startsWith("AM")) { hasP = true; pos[0] += 2; }
                    else if (r.startsWith("PM")) { hasP = true; pm = true; pos[0] += 2; }
                    else throw mismatch(s, fmt);
                    break;
                }
                case 'b': case 'B': case 'h': mon = name(s, pos, d == 'B', true, fmt) + 1; break;
                case 'a': case 'A': name(s, pos, d == 'A', false, fmt); break;
                case '%': if (pos[0] < s.length() && s.charAt(pos[0]) == '%') pos[0]++; else throw mismatch(s, fmt); break;
                default: throw Py.ValueError("'" + d + "' is a bad directive in format '%" + d + "'");
            }
        }
        if (pos[0] < s.length()) throw Py.ValueError("unconverted data remains: " + s.substring(pos[0]));
        if (hasP) hour = hour % 12 + (pm ? 12 : 0);
        LocalDateTime dt;
        try {
            dt = yday > 0 ? LocalDateTime.of(year, 1, 1, hour, min, sec).plusDays(yday - 1) : LocalDateTime.of(year, mon, day, hour, min, sec);
        } catch (java.time.DateTimeException e) {
            throw Py.ValueError("day is out of range for month");
        }
        return new PyStructSeq(STRUCT_TIME, (long) dt.getYear(), (long) dt.getMonthValue(), (long) dt.getDayOfMonth(),
                (long) dt.getHour(), (long) dt.getMinute(), (long) dt.getSecond(), (long) (dt.getDayOfWeek().getValue() - 1),
                (long) dt.getDayOfYear(), -1L);
    }

    private static PyException mismatch(String s, String fmt) {
        return Py.ValueError("time data " + Ops.repr(s) + " does not match format " + Ops.repr(fmt));
    }

    private static int num(String s, int[] pos, int max, String fmt) {
        int st = pos[0];
        while (pos[0] < s.length() && pos[0] - st < max && Character.isDigit(s.charAt(pos[0]))) pos[0]++;
        if (pos[0] == st) throw mismatch(s, fmt);
        return Integer.parseInt(s.substring(st, pos[0]));
    }

    private static int name(String s, int[] pos, boolean full, boolean month, String fmt) {
        String rest = s.substring(pos[0]).toLowerCase();
        int n = month ? 12 : 7;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                String nm = month ? java.time.Month.of(i + 1).getDisplayName(pass == 0 ? TextStyle.FULL : TextStyle.SHORT, Locale.US)
                        : DayOfWeek.of(i + 1).getDisplayName(pass == 0 ? TextStyle.FULL : TextStyle.SHORT, Locale.US);
                if (rest.startsWith(nm.toLowerCase())) {
                    pos[0] += nm.length();
                    return i;
                }
            }
        }
        throw mismatch(s, fmt);
    }
}
