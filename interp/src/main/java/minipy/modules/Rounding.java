package minipy.modules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import minipy.runtime.*;

/** round(): banker's rounding for ints and floats, correctly rounded like CPython. */
final class Rounding {
    private Rounding() {}

    static Object round(Object x, Object nd) {
        if (x instanceof PyInstance) {
            Object r = nd == Py.None ? Ops.invokeSpecial(x, "__round__") : Ops.invokeSpecial(x, "__round__", nd);
            if (r != null) return r;
        }
        if (IntOps.isInt(x)) {
            if (nd == Py.None || Ops.asIndex(nd) >= 0) return IntOps.asInt(x);
            long d = Ops.asIndex(nd);
            BigDecimal v = new BigDecimal(IntOps.big(x)).setScale((int) d, RoundingMode.HALF_EVEN);
            return IntOps.norm(v.toBigInteger());
        }
        if (!(x instanceof Double) && !Ops.typeOf(x).isSubtypeOf(PyType.FLOAT)) {
            throw Py.TypeError("type " + Ops.typeName(x) + " doesn't define __round__ method");
        }
        double v = Ops.asDouble(x);
        if (nd == Py.None) {
            if (Double.isNaN(v)) throw Py.ValueError("cannot convert float NaN to integer");
            if (Double.isInfinite(v)) throw Py.OverflowError("cannot convert float infinity to integer");
            return IntOps.norm(new BigDecimal(v).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return v;
        long d = Ops.asIndex(nd);
        if (d > 300) return v;
        return new BigDecimal(v).setScale((int) d, RoundingMode.HALF_EVEN).doubleValue();
    }
}
