package minipy.runtime;

/** Number and string formatting: float repr, format specs, % formatting, str.format. */
public final class Formatter {
    private Formatter() {}

    /** repr(float): the shortest string that round-trips, in Python's layout (1e-05, 1e+16, 0.1). */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        java.math.BigDecimal bd = new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale();   // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (exp >= 0) {
            if (digits.length() <= exp + 1) return sign + digits + "0".repeat(exp + 1 - digits.length()) + ".0";
            return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
        }
        return sign + "0." + "0".repeat(-exp - 1) + digits;
    }

    public static String percent(String fmt, Object args) {
        throw Py.NotImplementedError("% formatting");
    }

    public static Object percentBytes(PyBytes fmt, Object args) {
        throw Py.NotImplementedError("bytes % formatting");
    }

    /** format(value, spec). */
    public static String format(Object value, String spec) {
        if (spec.isEmpty()) return Ops.str(value);
        throw Py.NotImplementedError("format spec");
    }
}
