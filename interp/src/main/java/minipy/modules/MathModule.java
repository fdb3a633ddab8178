package minipy.modules;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import minipy.runtime.*;
import minipy.vm.Interp;

/** math. */
final class MathModule {
    private MathModule() {}

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("math");
        m.set("pi", Math.PI);
        m.set("e", Math.E);
        m.set("tau", 2 * Math.PI);
        m.set("inf", Double.POSITIVE_INFINITY);
        m.set("nan", Double.NaN);
        unary(m, "sqrt", x -> { if (x < 0) throw Py.ValueError("math domain error"); return Math.sqrt(x); });
        unary(m, "exp", Math::exp);
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "asin", Math::asin);
        unary(m, "acos", Math::acos);
        unary(m, "atan", Math::atan);
        unary(m, "sinh", Math::sinh);
        unary(m, "cosh", Math::cosh);
        unary(m, "tanh", Math::tanh);
        unary(m, "fabs", Math::abs);
        unary(m, "log10", x -> { if (x <= 0) throw Py.ValueError("math domain error"); return Math.log10(x); });
        unary(m, "log2", x -> { if (x <= 0) throw Py.ValueError("math domain error"); return Math.log(x) / Math.log(2); });
        unary(m, "degrees", Math::toDegrees);
        unary(m, "asinh", x -> Math.log(x + Math.sqrt(x * x + 1)));
        unary(m, "acosh", x -> Math.log(x + Math.sqrt(x * x - 1)));
        unary(m, "atanh", x -> 0.5 * Math.log((1 + x) / (1 - x)));
        unary(m, "expm1", Math::expm1);
        unary(m, "log1p", Math::log1p);
        unary(m, "cbrt", Math::cbrt);
        unary(m, "exp2", x -> Math.pow(2, x));
        unary(m, "ulp", Math::ulp);
        m.def("dist", (a, k) -> {
            Object[] p = minipy.runtime.Iter.toArray(a[0]), q = minipy.runtime.Iter.toArray(a[1]);
            if (p.length != q.length) throw Py.ValueError("both points must have the same number of dimensions");
            double s = 0;
            for (int i = 0; i < p.length; i++) { double d = Ops.asDouble(p[i]) - Ops.asDouble(q[i]); s += d * d; }
            return Math.sqrt(s);
        });
        m.def("modf", (a, k) -> {
            double x = Ops.asDouble(a[0]);
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return minipy.runtime.PyTuple.of(Math.copySign(x - ip, x), ip);
        });
        m.def("frexp", (a, k) -> {
            double x = Ops.asDouble(a[0]);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return minipy.runtime.PyTuple.of(x, 0L);
            int e = Math.getExponent(x) + 1;
            double mant = x / Math.pow(2, e);
            while (Math.abs(mant) >= 1) { mant /= 2; e++; }
            while (Math.abs(mant) < 0.5) { mant *= 2; e--; }
            return minipy.runtime.PyTuple.of(mant, (long) e);
        });
        m.def("ldexp", (a, k) -> Ops.asDouble(a[0]) * Math.pow(2, Ops.asIndex(a[1])));
        m.def("remainder", (a, k) -> Math.IEEEremainder(Ops.asDouble(a[0]), Ops.asDouble(a[1])));
        m.def("nextafter", (a, k) -> Math.nextAfter(Ops.asDouble(a[0]), Ops.asDouble(a[1])));
        unary(m, "radians", Math::toRadians);
        m.def("log", (a, k) -> {
            double x = logOf(a[0]);
            if (a.length > 1) return x / logOf(a[1]);
            return x;
        });
        m.def("pow", (a, k) -> Math.pow(Ops.asDouble(a[0]), Ops.asDouble(a[1])));
        m.def("atan2", (a, k) -> Math.atan2(Ops.asDouble(a[0]), Ops.asDouble(a[1])));
        m.def("hypot", (a, k) -> { double s = 0; for (Object o : a) { double v = Ops.asDouble(o); s += v * v; } return Math.sqrt(s); });
        m.def("floor", (a, k) -> IntOps.isInt(a[0]) ? IntOps.asInt(a[0]) : toInt(Math.floor(Ops.asDouble(a[0]))));
        m.def("ceil", (a, k) -> IntOps.isInt(a[0]) ? IntOps.asInt(a[0]) : toInt(Math.ceil(Ops.asDouble(a[0]))));
        m.def("trunc", (a, k) -> IntOps.isInt(a[0]) ? IntOps.asInt(a[0]) : toInt(Ops.asDouble(a[0]) < 0 ? Math.ceil(Ops.asDouble(a[0])) : Math.floor(Ops.asDouble(a[0]))));
        m.def("isnan", (a, k) -> Double.isNaN(Ops.asDouble(a[0])));
        m.def("isinf", (a, k) -> Double.isInfinite(Ops.asDouble(a[0])));
        m.def("isfinite", (a, k) -> Double.isFinite(Ops.asDouble(a[0])));
        m.def("copysign", (a, k) -> Math.copySign(Ops.asDouble(a[0]), Ops.asDouble(a[1])));
        m.def("fmod", (a, k) -> Ops.asDouble(a[0]) % Ops.asDouble(a[1]));
        m.def("gcd", (a, k) -> { BigInteger g = BigInteger.ZERO; for (Object o : a) g = g.gcd(IntOps.big(IntOps.asInt(o))); return IntOps.norm(g); });
        m.def("lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (Object o : a) {
                BigInteger v = IntOps.big(IntOps.asInt(o)).abs();
                if (v.signum() == 0) return 0L;
                l = l.multiply(v).divide(l.gcd(v));
            }
            return IntOps.norm(l);
        });
        m.def("factorial", (a, k) -> {
            long n = Ops.asIndex(a[0]);
            if (n < 0) throw Py.ValueError("factorial() not defined for negative values");
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
            return IntOps.norm(r);
        });
        m.def("comb", (a, k) -> {
            long n = Ops.asIndex(a[0]), r = Ops.asIndex(a[1]);
            if (r < 0 || r > n) return 0L;
            BigInteger v = BigInteger.ONE;
            for (long i = 0; i < r; i++) v = v.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            return IntOps.norm(v);
        });
        m.def("perm", (a, k) -> {
            long n = Ops.asIndex(a[0]), r = a.length > 1 ? Ops.asIndex(a[1]) : n;
            if (r < 0 || r > n) return 0L;
            BigInteger v = BigInteger.ONE;
            for (long i = 0; i < r; i++) v = v.multiply(BigInteger.valueOf(n - i));
            return IntOps.norm(v);
        });
        m.def("isqrt", (a, k) -> IntOps.norm(IntOps.big(IntOps.asInt(a[0])).sqrt()));
        m.def("prod", (a, k) -> {
            Object acc = Args.kw(a, k, "start", 1L);
            for (Object o : Iter.toArray(a[0])) acc = Arith.binary(acc, o, Arith.MUL);
            return acc;
        });
        m.def("fsum", (a, k) -> {
            // exact sum: the input as a BigDecimal total, rounded once at the end
            java.math.BigDecimal total = java.math.BigDecimal.ZERO;
            double special = 0;
            boolean hasSpecial = false;
            for (Object o : Iter.toArray(a[0])) {
                double x = Ops.asDouble(o);
                if (Double.isNaN(x) || Double.isInfinite(x)) { special += x; hasSpecial = true; continue; }
                total = total.add(new java.math.BigDecimal(x));
            }
            if (hasSpecial) return special;
            return total.doubleValue();
        });
        m.def("isclose", (a, k) -> {
            double x = Ops.asDouble(a[0]), y = Ops.asDouble(a[1]);
            double rel = Ops.asDouble(Args.kw(a, k, "rel_tol", 1e-9)), abs = Ops.asDouble(Args.kw(a, k, "abs_tol", 0.0));
            if (x == y) return true;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return false;
            double d = Math.abs(x - y);
            return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
        });
        return m;
    }

    private static double logOf(Object o) {
        if (o instanceof BigInteger b && b.signum() > 0) return Math.log(b.doubleValue() > 1e300 ? 0 : b.doubleValue()) + (b.doubleValue() > 1e300 ? b.bitLength() * Math.log(2) : 0);
        double x = Ops.asDouble(o);
        if (x <= 0) throw Py.ValueError("math domain error");
        return Math.log(x);
    }

    private static Object toInt(double d) {
        if (Double.isNaN(d)) throw Py.ValueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Py.OverflowError("cannot convert float infinity to integer");
        if (Math.abs(d) < 9e18) return (long) d;
        return IntOps.norm(new java.math.BigDecimal(d).toBigInteger());
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f) {
        m.def(name, (a, k) -> f.applyAsDouble(Ops.asDouble(a[0])));
    }
}
