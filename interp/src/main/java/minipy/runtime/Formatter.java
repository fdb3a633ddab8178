package minipy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Number and string formatting: float repr, the format-spec mini-language (format()),
 * printf-style {@code %} formatting and {@code str.format}, following CPython 3.11
 * (Python/formatter_unicode.c, Python/pystrtod.c, Objects/unicodeobject.c, Objects/stringlib/unicode_format.h).
 *
 * <p>Floats are converted to decimal digits exactly: {@code new BigDecimal(double)} is the exact
 * binary value, so rounding it HALF_EVEN gives the same correctly-rounded digits as CPython's dtoa.
 */
public final class Formatter {
    private Formatter() {}

    // =========================================================================================
    // float -> decimal digits
    // =========================================================================================

    /** Digits without trailing zeros ("0" for zero) and the decimal point position (dtoa's decpt): value = 0.DIGITS * 10**decpt. */
    private record Digits(String digits, int decpt) {}

    private static Digits digitsOf(BigDecimal bd) {
        if (bd.signum() == 0) return new Digits("0", 1);
        bd = bd.stripTrailingZeros();
        String s = bd.unscaledValue().abs().toString();
        return new Digits(s, s.length() - bd.scale());
    }

    /** Digits and decpt of Double.toString's output ("123.45", "1.0E-5"), without BigDecimal. */
    private static Digits javaDigits(String s) {
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mant = e < 0 ? s : s.substring(0, e);
        int dot = mant.indexOf('.');
        String all = mant.substring(0, dot) + mant.substring(dot + 1);
        int decpt = dot + exp;
        int i = 0, j = all.length();
        while (i < j - 1 && all.charAt(i) == '0') { i++; decpt--; }
        while (j > i + 1 && all.charAt(j - 1) == '0') j--;
        return new Digits(all.substring(i, j), decpt);
    }

    /** The shortest digits that round-trip (dtoa mode 0); x finite and non-zero. */
    private static Digits shortest(double x) {
        x = Math.abs(x);
        Digits d = javaDigits(Double.toString(x));
        int n = d.digits.length();
        // A <=15-digit decimal that round-trips is the only one of its length in the rounding
        // interval, hence the closest; JDK 17's Double.toString may return a non-shortest 16/17-digit
        // string (1e23 -> 9.999999999999999E22), so longer ones are recomputed from the exact value,
        // as are subnormals (less precision: 5e-324 comes out as 4.9E-324).
        if (n <= 15 && x >= Double.MIN_NORMAL) return d;
        BigDecimal exact = new BigDecimal(x);
        // n digits round-trip; fewer digits round-trip only if n - 1 do (usually they do not).
        int m = n;
        while (m > 1 && exact.round(mc(m - 1)).doubleValue() == x) m--;
        return digitsOf(exact.round(mc(m)));
    }

    private static final MathContext[] MC = new MathContext[20];

    private static MathContext mc(int digits) {
        if (digits >= MC.length) return new MathContext(digits, RoundingMode.HALF_EVEN);
        MathContext c = MC[digits];
        if (c == null) MC[digits] = c = new MathContext(digits, RoundingMode.HALF_EVEN);
        return c;
    }

    /**
     * PyOS_double_to_string: formats x with type 'e', 'f', 'g' or 'r' (repr). Returns the text
     * including a leading '-' for negative values (also -0.0); inf/nan as "inf"/"nan".
     */
    static String doubleToString(double x, char type, int precision, boolean alt, boolean addDot0, boolean noNeg0) {
        boolean upper = Character.isUpperCase(type);
        char t = Character.toLowerCase(type);
        boolean neg = x < 0 || (x == 0 && 1 / x < 0);
        if (Double.isNaN(x)) return upper ? "NAN" : "nan";
        if (Double.isInfinite(x)) return (neg ? "-" : "") + (upper ? "INF" : "inf");
        Digits dg;
        BigDecimal exact = new BigDecimal(Math.abs(x));
        switch (t) {
            case 'e':
                precision++;
                dg = x == 0 ? new Digits("0", 1) : digitsOf(exact.round(mc(precision)));
                break;
            case 'f':
                dg = digitsOf(exact.setScale(precision, RoundingMode.HALF_EVEN));
                break;
            case 'g':
                if (precision == 0) precision = 1;
                dg = x == 0 ? new Digits("0", 1) : digitsOf(exact.round(mc(precision)));
                break;
            default: // 'r'
                dg = x == 0 ? new Digits("0", 1) : shortest(x);
                break;
        }
        String digits = dg.digits;
        int decpt = dg.decpt;
        int len = digits.length();
        if (noNeg0 && digits.equals("0")) neg = false;
        // The rest follows format_float_short: output the slice vdigits[vstart:vend] of the
        // digit string padded with zeros on both sides, with the point at decpt.
        boolean useExp = false;
        int vend = len;
        switch (t) {
            case 'e': useExp = true; vend = precision; break;
            case 'f': vend = decpt + precision; break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vend = precision;
                break;
            default:
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        int exp = 0;
        if (useExp) { exp = decpt - 1; decpt = 1; }
        int vstart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vend = Math.max(vend, decpt + 1);
        else vend = Math.max(vend, decpt);
        StringBuilder sb = new StringBuilder(len + 8);
        if (neg) sb.append('-');
        if (decpt <= 0) {
            zeros(sb, decpt - vstart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vstart);
        }
        if (0 < decpt && decpt <= len) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, len);
        } else {
            sb.append(digits);
        }
        if (len < decpt) {
            zeros(sb, decpt - len);
            sb.append('.');
            zeros(sb, vend - decpt);
        } else {
            zeros(sb, vend - len);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) sb.setLength(sb.length() - 1);
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) sb.append('0');
    }

    /** repr(float): the shortest string that round-trips, in Python's layout (1e-05, 1e+16, 0.1). */
    public static String floatRepr(double d) {
        return doubleToString(d, 'r', 0, false, true, false);
    }

    // =========================================================================================
    // format(value, spec): the format-spec mini-language
    // =========================================================================================

    /** A parsed [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
    private static final class Spec {
        int fill = ' ';
        char align;          // 0 when not given
        char sign;           // 0, '+', '-', ' '
        boolean noNeg0, alt;
        int width = -1, precision = -1;
        char grouping;       // 0, ',' or '_'
        char type;           // 0 when not given
        boolean fillGiven;
    }

    private static boolean isAlign(int c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

    /** parse_internal_render_format_spec. */
    private static Spec parseSpec(String specStr, Object value, char defaultType, char defaultAlign) {
        int[] s = specStr.codePoints().toArray();
        int n = s.length, pos = 0;
        Spec f = new Spec();
        f.align = defaultAlign;
        boolean alignGiven = false;
        if (n - pos >= 2 && isAlign(s[pos + 1])) {
            f.fill = s[pos];
            f.align = (char) s[pos + 1];
            f.fillGiven = alignGiven = true;
            pos += 2;
        } else if (n - pos >= 1 && isAlign(s[pos])) {
            f.align = (char) s[pos];
            alignGiven = true;
            pos++;
        }
        if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = (char) s[pos++];
        if (pos < n && s[pos] == 'z') { f.noNeg0 = true; pos++; }
        if (pos < n && s[pos] == '#') { f.alt = true; pos++; }
        // The '0' flag means fill '0' (and '=' alignment for numbers) unless a fill was given.
        if (!f.fillGiven && pos < n && s[pos] == '0') {
            f.fill = '0';
            if (!alignGiven && defaultAlign == '>') f.align = '=';
            pos++;
        }
        int start = pos;
        f.width = readInt(s, pos);
        pos = skipDigits(s, pos);
        if (pos == start) f.width = -1;
        if (pos < n && s[pos] == ',') { f.grouping = ','; pos++; }
        if (pos < n && s[pos] == '_') {
            if (f.grouping != 0) throw Py.ValueError("Cannot specify both ',' and '_'.");
            f.grouping = '_';
            pos++;
        }
        if (pos < n && s[pos] == ',' && f.grouping == '_') throw Py.ValueError("Cannot specify both ',' and '_'.");
        if (pos < n && s[pos] == '.') {
            pos++;
            start = pos;
            f.precision = readInt(s, pos);
            pos = skipDigits(s, pos);
            if (pos == start) throw Py.ValueError("Format specifier missing precision");
        }
        if (n - pos > 1) {
            throw Py.ValueError("Invalid format specifier '" + specStr + "' for object of type '" + Ops.typeName(value) + "'");
        }
        f.type = pos < n ? (char) s[pos] : defaultType;
        if (f.grouping != 0) {
            switch (f.type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.grouping == '_') break;
                    // fall through
                default:
                    throw Py.ValueError("Cannot specify '" + f.grouping + "' with " + charDesc(f.type) + ".");
            }
        }
        return f;
    }

    private static String charDesc(char c) {
        return c > 32 && c < 128 ? "'" + c + "'" : "'\\x" + Integer.toHexString(c) + "'";
    }

    private static int skipDigits(int[] s, int pos) {
        while (pos < s.length && s[pos] >= '0' && s[pos] <= '9') pos++;
        return pos;
    }

    private static int readInt(int[] s, int pos) {
        long v = 0;
        while (pos < s.length && s[pos] >= '0' && s[pos] <= '9') {
            v = v * 10 + (s[pos++] - '0');
            if (v > Integer.MAX_VALUE) throw Py.ValueError("Too many decimal digits in format string");
        }
        return (int) v;
    }

    private static PyException unknownCode(char type, Object value) {
        return Py.ValueError("Unknown format code " + charDesc(type) + " for object of type '" + Ops.typeName(value) + "'");
    }

    /** format(value, spec). */
    public static String format(Object value, String spec) {
        if (value instanceof String s) return spec.isEmpty() ? s : formatStr(s, spec);
        if (value instanceof Boolean || value instanceof Long || value instanceof BigInteger) {
            // bool inherits int.__format__: an empty spec gives str(True), anything else formats 1/0.
            if (spec.isEmpty()) return Ops.str(value);
            return formatInt(value, spec);
        }
        if (value instanceof Double d) return spec.isEmpty() ? floatRepr(d) : formatFloat(d, spec, value);
        PyType t = Ops.typeOf(value);
        Object f = t.lookup("__format__");
        if (f != null && !(f instanceof PyBuiltinFunction)) {
            Object r = Ops.callMethod(f, value, spec);
            if (!(r instanceof String s)) throw Py.TypeError("__format__ must return a str, not " + Ops.typeName(r));
            return s;
        }
        if (value instanceof PyBoxed bx) {
            if (spec.isEmpty()) return Ops.str(value);
            return format(bx.value, spec);
        }
        // object.__format__
        if (!spec.isEmpty()) throw Py.TypeError("unsupported format string passed to " + t.name + ".__format__");
        return Ops.str(value);
    }

    private static String formatStr(String s, String specStr) {
        Spec f = parseSpec(specStr, s, 's', '<');
        if (f.type != 's') throw unknownCode(f.type, s);
        if (f.sign == ' ') throw Py.ValueError("Space not allowed in string format specifier");
        if (f.sign != 0) throw Py.ValueError("Sign not allowed in string format specifier");
        if (f.noNeg0) throw Py.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.alt) throw Py.ValueError("Alternate form (#) not allowed in string format specifier");
        if (f.align == '=') throw Py.ValueError("'=' alignment not allowed in string format specifier");
        if (f.precision >= 0 && StrUtil.length(s) > f.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, f.precision));
        }
        return pad(s, f.width, f.align, f.fill);
    }

    /** Pads text to width with fill according to '<', '>' or '^'. */
    private static String pad(String s, int width, char align, int fill) {
        int len = StrUtil.length(s);
        if (width <= len) return s;
        int total = width - len, left;
        switch (align) {
            case '>': left = total; break;
            case '^': left = total / 2; break;
            default: left = 0; break;
        }
        StringBuilder sb = new StringBuilder(width + 2);
        repeat(sb, fill, left);
        sb.append(s);
        repeat(sb, fill, total - left);
        return sb.toString();
    }

    private static void repeat(StringBuilder sb, int cp, int n) {
        for (int i = 0; i < n; i++) sb.appendCodePoint(cp);
    }

    private static String formatInt(Object value, String specStr) {
        Spec f = parseSpec(specStr, value, 'd', '>');
        switch (f.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloatSpec(IntOps.toDouble(value), f);
            default:
                throw unknownCode(f.type, value);
        }
        if (f.precision >= 0) throw Py.ValueError("Precision not allowed in integer format specifier");
        if (f.noNeg0) throw Py.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (value instanceof Long l && l != Long.MIN_VALUE && f.type != 'c') {
            return formatLong(f, l < 0, Long.toString(Math.abs(l), radixOf(f.type)));
        }
        BigInteger v = IntOps.big(value);
        if (f.type == 'c') {
            if (f.sign != 0) throw Py.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.alt) throw Py.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (v.bitLength() >= 64) throw Py.OverflowError("Python int too large to convert to C long");
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw Py.OverflowError("%c arg not in range(0x110000)");
            }
            return layout(f, "", "", "", new String(Character.toChars(v.intValue())), false);
        }
        return formatLong(f, v.signum() < 0, v.abs().toString(radixOf(f.type)));
    }

    private static int radixOf(char type) {
        return type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
    }

    /** Lays out the digits of an int's magnitude (in the radix of f.type). */
    private static String formatLong(Spec f, boolean negative, String digits) {
        String prefix = f.type == 'b' ? "0b" : f.type == 'o' ? "0o" : f.type == 'x' ? "0x" : f.type == 'X' ? "0X" : "";
        if (f.type == 'X') digits = digits.toUpperCase();
        String sign = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        if (f.type == 'n') f.grouping = 0;   // the C locale has no thousands separator
        return layout(f, sign, f.alt ? prefix : "", digits, "", true);
    }

    private static String formatFloat(double d, String specStr, Object value) {
        Spec f = parseSpec(specStr, value, (char) 0, '>');
        switch (f.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw unknownCode(f.type, value);
        }
        return formatFloatSpec(d, f);
    }

    /** format_float_internal. */
    private static String formatFloatSpec(double val, Spec f) {
        char type = f.type;
        boolean addDot0 = false;
        int defaultPrecision = 6;
        if (type == 0) {
            // No type: repr() without a precision, else like 'g' with at least one digit after the point.
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
            f.grouping = 0;
        }
        boolean pct = false;
        if (type == '%') { type = 'f'; val *= 100; pct = true; }
        int precision = f.precision;
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        String s = doubleToString(val, type, precision, f.alt, addDot0, f.noNeg0);
        String sign = "";
        if (s.startsWith("-")) { sign = "-"; s = s.substring(1); }
        else if (f.sign == '+') sign = "+";
        else if (f.sign == ' ') sign = " ";
        boolean finite = !Double.isNaN(val) && !Double.isInfinite(val);
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        return layout(f, sign, "", s.substring(0, i), s.substring(i) + (pct ? "%" : ""), finite);
    }

    /**
     * Lays out a number: [padding][sign][prefix][padding for '='][grouped digits][rest][padding].
     * With fill '0' and '=' alignment the zero padding becomes leading digits and is grouped too.
     */
    private static String layout(Spec f, String sign, String prefix, String digits, String rest, boolean groupable) {
        int width = Math.max(f.width, 0);
        char sep = groupable ? f.grouping : 0;
        int groupSize = (f.type == 'b' || f.type == 'o' || f.type == 'x' || f.type == 'X') ? 4 : 3;
        int restLen = StrUtil.length(rest);
        String body;
        if (f.fill == '0' && f.align == '=') {
            int minWidth = width - sign.length() - prefix.length() - restLen;
            body = sep != 0 ? group(digits, minWidth, sep, groupSize) : zeroPad(digits, minWidth);
        } else {
            body = sep != 0 ? group(digits, 0, sep, groupSize) : digits;
        }
        int len = sign.length() + prefix.length() + body.length() + restLen;
        int padding = width - len;
        if (padding <= 0) return sign + prefix + body + rest;
        StringBuilder sb = new StringBuilder(width + 2);
        switch (f.align) {
            case '<':
                sb.append(sign).append(prefix).append(body).append(rest);
                repeat(sb, f.fill, padding);
                break;
            case '^': {
                int left = padding / 2;
                repeat(sb, f.fill, left);
                sb.append(sign).append(prefix).append(body).append(rest);
                repeat(sb, f.fill, padding - left);
                break;
            }
            case '=':
                sb.append(sign).append(prefix);
                repeat(sb, f.fill, padding);
                sb.append(body).append(rest);
                break;
            default:
                repeat(sb, f.fill, padding);
                sb.append(sign).append(prefix).append(body).append(rest);
                break;
        }
        return sb.toString();
    }

    private static String zeroPad(String digits, int minWidth) {
        if (digits.length() >= minWidth) return digits;
        return "0".repeat(minWidth - digits.length()) + digits;
    }

    /**
     * _PyUnicode_InsertThousandsGrouping: groups digits from the right, padding with zeros
     * (grouped as well) until minWidth is reached; never starts with a separator.
     */
    static String group(String digits, int minWidth, char sep, int size) {
        StringBuilder out = new StringBuilder();
        int remaining = digits.length(), pos = digits.length();
        boolean useSep = false;
        for (;;) {
            int l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            int nZeros = Math.max(0, l - remaining);
            int nChars = Math.max(0, Math.min(remaining, l));
            if (useSep) out.append(sep);
            for (int i = pos - 1; i >= pos - nChars; i--) out.append(digits.charAt(i));
            for (int i = 0; i < nZeros; i++) out.append('0');
            pos -= nChars;
            useSep = true;
            remaining -= nChars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth--;
        }
        return out.reverse().toString();
    }

    // =========================================================================================
    // ascii()
    // =========================================================================================

    /** ascii(obj): repr with non-ASCII characters escaped. */
    public static String ascii(Object o) {
        return asciiEscape(Ops.repr(o));
    }

    static String asciiEscape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            if (c >= 0x80) {
                if (sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                if (c <= 0xff) sb.append(String.format("\\x%02x", c));
                else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
                else sb.append(String.format("\\U%08x", c));
            } else if (sb != null) {
                sb.append((char) c);
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    // =========================================================================================
    // printf-style formatting: str % args and bytes % args
    // =========================================================================================

    public static String percent(String fmt, Object args) {
        return new Percent(fmt, args, false).run();
    }

    /** bytes % args: the same engine on the latin-1 view of the bytes; %s/%b take bytes. */
    public static Object percentBytes(PyBytes fmt, Object args) {
        String s = new String(fmt.bytes, StandardCharsets.ISO_8859_1);
        String r = new Percent(s, args, true).run();
        return new PyBytes(r.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The state of one PyUnicode_Format call. */
    private static final class Percent {
        final String fmt;
        final boolean bytes;
        Object args;
        int argidx, arglen;
        Object dict;
        int pos;
        final StringBuilder out = new StringBuilder();

        Percent(String fmt, Object args, boolean bytes) {
            this.fmt = fmt;
            this.bytes = bytes;
            this.args = args;
            if (args instanceof PyTuple t) {
                arglen = t.size();
                argidx = 0;
            } else {
                // A single non-tuple argument: argidx -2 < arglen -1 allows exactly one use.
                arglen = -1;
                argidx = -2;
            }
            // Any object with __getitem__ other than a tuple or str counts as a mapping.
            if (!(args instanceof PyTuple) && !(args instanceof String) && isMapping(args)) dict = args;
        }

        private static boolean isMapping(Object o) {
            return o instanceof PyDict || o instanceof PyList || o instanceof PyBytes || o instanceof PyRange
                    || (o instanceof PyObject p && p.type().lookup("__getitem__") != null);
        }

        Object nextArg() {
            if (argidx < arglen) {
                int i = argidx++;
                return arglen < 0 ? args : ((PyTuple) args).get(i);
            }
            throw Py.TypeError("not enough arguments for format string");
        }

        PyException incomplete() { return Py.ValueError("incomplete format"); }

        String run() {
            int n = fmt.length();
            while (pos < n) {
                int next = fmt.indexOf('%', pos);
                if (next < 0) { out.append(fmt, pos, n); break; }
                out.append(fmt, pos, next);
                pos = next + 1;
                if (pos < n && fmt.charAt(pos) == '%') { out.append('%'); pos++; continue; }
                formatOne();
            }
            if (argidx < arglen && dict == null) {
                throw Py.TypeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
            }
            return out.toString();
        }

        /** Reads the next char of the conversion spec, or raises "incomplete format". */
        char read() {
            if (pos >= fmt.length()) throw incomplete();
            return fmt.charAt(pos++);
        }

        void formatOne() {
            int n = fmt.length();
            if (pos < n && fmt.charAt(pos) == '(') {
                if (dict == null) throw Py.TypeError("format requires a mapping");
                int depth = 1, keyStart = ++pos;
                while (depth > 0 && pos < n) {
                    char c = fmt.charAt(pos++);
                    if (c == ')') depth--;
                    else if (c == '(') depth++;
                }
                if (depth > 0) throw Py.ValueError("incomplete format key");
                String key = fmt.substring(keyStart, pos - 1);
                Object k = bytes ? new PyBytes(key.getBytes(StandardCharsets.ISO_8859_1)) : key;
                args = Items.getitem(dict, k);
                arglen = -1;
                argidx = -2;
            }
            boolean ljust = false, sign = false, blank = false, alt = false, zero = false;
            char ch;
            flags:
            for (;;) {
                ch = read();
                switch (ch) {
                    case '-': ljust = true; break;
                    case '+': sign = true; break;
                    case ' ': blank = true; break;
                    case '#': alt = true; break;
                    case '0': zero = true; break;
                    default: break flags;
                }
            }
            int width = -1, prec = -1;
            if (ch == '*') {
                Object v = nextArg();
                if (!(v instanceof Long || v instanceof BigInteger || v instanceof Boolean)) throw Py.TypeError("* wants int");
                width = (int) IntOps.toLongExact(v, "ssize_t");
                if (width < 0) { ljust = true; width = -width; }
                ch = read();
            } else if (ch >= '0' && ch <= '9') {
                width = ch - '0';
                while ((ch = read()) >= '0' && ch <= '9') {
                    if (width > (Integer.MAX_VALUE - (ch - '0')) / 10) throw Py.ValueError("width too big");
                    width = width * 10 + (ch - '0');
                }
            }
            if (ch == '.') {
                prec = 0;
                ch = read();
                if (ch == '*') {
                    Object v = nextArg();
                    if (!(v instanceof Long || v instanceof BigInteger || v instanceof Boolean)) throw Py.TypeError("* wants int");
                    prec = Math.max(0, (int) IntOps.toLongExact(v, "int"));
                    ch = read();
                } else if (ch >= '0' && ch <= '9') {
                    prec = ch - '0';
                    while ((ch = read()) >= '0' && ch <= '9') {
                        if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) throw Py.ValueError("precision too big");
                        prec = prec * 10 + (ch - '0');
                    }
                }
            }
            if (ch == 'h' || ch == 'l' || ch == 'L') ch = read();
            if (ljust) zero = false;
            // The argument is fetched before the conversion character is checked (as CPython).
            Object v = nextArg();
            String s;
            boolean numeric = false;
            switch (ch) {
                case 's': case 'r': case 'a': case 'b':
                    if (ch == 'b' && !bytes) throw unsupported(ch);
                    s = bytes ? bytesText(v, ch) : ch == 's' ? Ops.str(v) : ch == 'r' ? Ops.repr(v) : ascii(v);
                    if (prec >= 0 && StrUtil.length(s) > prec) s = s.substring(0, s.offsetByCodePoints(0, prec));
                    break;
                case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
                    s = formatLong(v, ch, alt, prec);
                    numeric = true;
                    break;
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    double x = Ops.asDouble(v);
                    s = doubleToString(x, ch, prec < 0 ? 6 : prec, alt, false, false);
                    numeric = true;
                    break;
                }
                case 'c':
                    s = bytes ? byteChar(v) : charOf(v);
                    break;
                default:
                    throw unsupported(ch);
            }
            output(s, numeric, ch, width, ljust, sign, blank, alt, zero);
        }

        PyException unsupported(char ch) {
            return Py.ValueError("unsupported format character '" + (ch >= 31 && ch <= 126 ? ch : '?') + "' (0x"
                    + Integer.toHexString(ch) + ") at index " + (pos - 1));
        }

        /** unicode_format_arg_output: sign, 0x prefix and padding. */
        void output(String s, boolean numeric, char ch, int width, boolean ljust, boolean sign, boolean blank,
                    boolean alt, boolean zero) {
            int fill = numeric && zero ? '0' : ' ';
            String signStr = "";
            if (numeric) {
                if (s.startsWith("-") || s.startsWith("+")) { signStr = s.substring(0, 1); s = s.substring(1); }
                else if (sign) signStr = "+";
                else if (blank) signStr = " ";
            }
            String prefix = "";
            if (numeric && alt && (ch == 'x' || ch == 'X' || ch == 'o')) { prefix = s.substring(0, 2); s = s.substring(2); }
            int len = signStr.length() + prefix.length() + StrUtil.length(s);
            int padding = Math.max(0, width - len);
            if (ljust) {
                out.append(signStr).append(prefix).append(s);
                repeat(out, ' ', padding);
            } else if (fill == '0') {
                out.append(signStr).append(prefix);
                repeat(out, '0', padding);
                out.append(s);
            } else {
                repeat(out, ' ', padding);
                out.append(signStr).append(prefix).append(s);
            }
        }

        /** %d %i %u %o %x %X: the digits with sign, 0x prefix (alt) and precision zero-padding. */
        String formatLong(Object v, char type, boolean alt, int prec) {
            Object iv;
            boolean hexOct = type == 'o' || type == 'x' || type == 'X';
            if (IntOps.isInt(v)) {
                iv = v;
            } else if (v instanceof Double d && !hexOct) {
                iv = floatToInt(d);
            } else if (v instanceof PyInstance) {
                PyType t = Ops.typeOf(v);
                Object f = hexOct ? null : t.lookup("__int__");
                if (f == null) f = t.lookup("__index__");
                if (f == null) throw wrongType(v, type, hexOct);
                iv = Ops.callMethod(f, v);
                if (!IntOps.isInt(iv)) throw Py.TypeError("__int__ returned non-int (type " + Ops.typeName(iv) + ")");
            } else {
                throw wrongType(v, type, hexOct);
            }
            int radix = type == 'o' ? 8 : hexOct ? 16 : 10;
            boolean neg;
            String digits;
            if (iv instanceof Long l && l != Long.MIN_VALUE) {
                neg = l < 0;
                digits = Long.toString(Math.abs(l), radix);
            } else {
                BigInteger b = IntOps.big(iv);
                neg = b.signum() < 0;
                digits = b.abs().toString(radix);
            }
            if (type == 'X') digits = digits.toUpperCase();
            if (prec > digits.length()) digits = "0".repeat(prec - digits.length()) + digits;
            String prefix = alt && hexOct ? (type == 'o' ? "0o" : type == 'x' ? "0x" : "0X") : "";
            return (neg ? "-" : "") + prefix + digits;
        }

        PyException wrongType(Object v, char type, boolean hexOct) {
            return Py.TypeError("%" + type + " format: " + (hexOct ? "an integer" : "a real number") + " is required, not " + Ops.typeName(v));
        }

        String charOf(Object v) {
            if (v instanceof String s) {
                if (StrUtil.length(s) == 1) return s;
                throw Py.TypeError("%c requires int or char");
            }
            if (!IntOps.isInt(v)) throw Py.TypeError("%c requires int or char");
            BigInteger b = IntOps.big(v);
            if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10ffff)) > 0) throw Py.OverflowError("%c arg not in range(0x110000)");
            return new String(Character.toChars(b.intValue()));
        }

        String byteChar(Object v) {
            if (v instanceof PyBytes b && b.bytes.length == 1) return String.valueOf((char) (b.bytes[0] & 0xff));
            if (IntOps.isInt(v)) {
                BigInteger b = IntOps.big(v);
                if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(255)) > 0) throw Py.OverflowError("%c arg not in range(256)");
                return String.valueOf((char) b.intValue());
            }
            throw Py.TypeError("%c requires an integer in range(256) or a single byte");
        }

        /** %s / %b / %r / %a in bytes formatting, as latin-1 text. */
        String bytesText(Object v, char ch) {
            if (ch == 'r' || ch == 'a') return ascii(v);
            if (v instanceof PyBytes b) return new String(b.bytes, StandardCharsets.ISO_8859_1);
            Object r = Ops.invokeSpecial(v, "__bytes__");
            if (r instanceof PyBytes b) return new String(b.bytes, StandardCharsets.ISO_8859_1);
            throw Py.TypeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + Ops.typeName(v) + "'");
        }
    }

    /** int(float): truncation, with CPython's errors for inf and nan. */
    static Object floatToInt(double d) {
        if (Double.isNaN(d)) throw Py.ValueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Py.OverflowError("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.0e18) return (long) d;
        return IntOps.norm(new BigDecimal(d).toBigInteger());
    }

    // =========================================================================================
    // str.format / str.format_map
    // =========================================================================================

    /** Where replacement fields get their values: positional args and keyword args or a mapping. */
    private interface FieldSource {
        Object positional(int i);
        Object keyword(String name);
    }

    /** str.format(*args, **kw): args holds the positional values, then the keyword values named by kwnames. */
    public static String strFormat(String fmt, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        FieldSource src = new FieldSource() {
            @Override public Object positional(int i) {
                if (i >= npos) throw Py.IndexError("Replacement index " + i + " out of range for positional args tuple");
                return args[i];
            }
            @Override public Object keyword(String name) {
                for (int i = 0; i < nkw; i++) if (kwnames[i].equals(name)) return args[npos + i];
                throw Py.KeyError(name);
            }
        };
        return new StrFormat(src).build(fmt, 2);
    }

    /** str.format_map(mapping). */
    public static String strFormatMap(String fmt, Object mapping) {
        FieldSource src = new FieldSource() {
            @Override public Object positional(int i) { throw Py.ValueError("Format string contains positional fields"); }
            @Override public Object keyword(String name) { return Items.getitem(mapping, name); }
        };
        return new StrFormat(src).build(fmt, 2);
    }

    /** One str.format call (the auto-numbering state is shared by nested specs). */
    private static final class StrFormat {
        final FieldSource src;
        int autoState;     // 0 init, 1 auto, 2 manual
        int autoNumber;

        StrFormat(FieldSource src) { this.src = src; }

        String build(String s, int depth) {
            if (depth <= 0) throw Py.ValueError("Max string recursion exceeded");
            StringBuilder out = new StringBuilder();
            int n = s.length(), pos = 0;
            while (pos < n) {
                // literal text up to '{' or '}'
                int start = pos;
                char c = 0;
                boolean markup = false;
                while (pos < n) {
                    c = s.charAt(pos++);
                    if (c == '{' || c == '}') { markup = true; break; }
                }
                if (!markup) { out.append(s, start, pos); break; }
                boolean atEnd = pos >= n;
                if (c == '}' && (atEnd || s.charAt(pos) != '}')) throw Py.ValueError("Single '}' encountered in format string");
                if (atEnd && c == '{') throw Py.ValueError("Single '{' encountered in format string");
                out.append(s, start, pos - 1);
                if (s.charAt(pos) == c) {     // '{{' or '}}'
                    out.append(c);
                    pos++;
                    continue;
                }
                pos = field(s, pos, out, depth);
            }
            return out.toString();
        }

        /** parse_field + render: parses the field starting after '{', appends its text, returns the position after '}'. */
        int field(String s, int pos, StringBuilder out, int depth) {
            int n = s.length();
            int nameStart = pos;
            char c = 0;
            scan:
            while (pos < n) {
                c = s.charAt(pos++);
                switch (c) {
                    case '{': throw Py.ValueError("unexpected '{' in field name");
                    case '[':
                        while (pos < n && s.charAt(pos) != ']') pos++;
                        continue;
                    case '}': case ':': case '!':
                        break scan;
                    default:
                        continue;
                }
            }
            int nameEnd = pos - 1;
            char conversion = 0;
            String spec = "";
            boolean specNested = false;
            if (c == '!' || c == ':') {
                if (c == '!') {
                    if (pos >= n) throw Py.ValueError("end of string while looking for conversion specifier");
                    conversion = s.charAt(pos++);
                    if (pos < n) {
                        char d = s.charAt(pos++);
                        if (d == '}') return finish(s.substring(nameStart, nameEnd), conversion, "", false, out, depth, pos);
                        if (d != ':') throw Py.ValueError("expected ':' after conversion specifier");
                    }
                }
                int specStart = pos, count = 1;
                while (pos < n) {
                    char d = s.charAt(pos++);
                    if (d == '{') { specNested = true; count++; }
                    else if (d == '}' && --count == 0) {
                        spec = s.substring(specStart, pos - 1);
                        return finish(s.substring(nameStart, nameEnd), conversion, spec, specNested, out, depth, pos);
                    }
                }
                throw Py.ValueError("unmatched '{' in format spec");
            } else if (c != '}') {
                throw Py.ValueError("expected '}' before end of string");
            }
            return finish(s.substring(nameStart, nameEnd), conversion, spec, specNested, out, depth, pos);
        }

        int finish(String name, char conversion, String spec, boolean specNested, StringBuilder out, int depth, int pos) {
            Object obj = resolve(name);
            switch (conversion) {
                case 0: break;
                case 'r': obj = Ops.repr(obj); break;
                case 's': obj = Ops.str(obj); break;
                case 'a': obj = ascii(obj); break;
                default:
                    throw Py.ValueError("Unknown conversion specifier "
                            + (conversion > 32 && conversion < 127 ? String.valueOf(conversion) : "\\x" + Integer.toHexString(conversion)));
            }
            if (specNested) spec = build(spec, depth - 1);
            out.append(format(obj, spec));
            return pos;
        }

        /** Resolves "first(.attr|[key])*" to an object. */
        Object resolve(String name) {
            int n = name.length(), i = 0;
            while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
            String first = name.substring(0, i);
            int index = parseIndex(first);
            boolean empty = first.isEmpty();
            boolean numeric = empty || index >= 0;
            if (numeric) {
                if (autoState == 0) autoState = empty ? 1 : 2;
                if (autoState == 2 && empty) {
                    throw Py.ValueError("cannot switch from manual field specification to automatic field numbering");
                }
                if (autoState == 1 && !empty) {
                    throw Py.ValueError("cannot switch from automatic field numbering to manual field specification");
                }
                if (empty) index = autoNumber++;
            }
            Object obj = numeric ? src.positional(index) : src.keyword(first);
            while (i < n) {
                char c = name.charAt(i++);
                int start = i;
                if (c == '.') {
                    while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
                    if (i == start) throw Py.ValueError("Empty attribute in format string");
                    obj = Ops.getattr(obj, name.substring(start, i));
                } else if (c == '[') {
                    while (i < n && name.charAt(i) != ']') i++;
                    if (i >= n) throw Py.ValueError("Missing ']' in format string");
                    String key = name.substring(start, i++);
                    if (key.isEmpty()) throw Py.ValueError("Empty attribute in format string");
                    int k = parseIndex(key);
                    obj = Items.getitem(obj, k >= 0 ? (Object) (long) k : key);
                } else {
                    throw Py.ValueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return obj;
        }

        /** get_integer: the value of an all-digit string, or -1. */
        static int parseIndex(String s) {
            if (s.isEmpty()) return -1;
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') return -1;
                v = v * 10 + (c - '0');
                if (v > Integer.MAX_VALUE) throw Py.ValueError("Too many decimal digits in format string");
            }
            return (int) v;
        }
    }
}
