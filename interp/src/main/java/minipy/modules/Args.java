package minipy.modules;

import minipy.runtime.Py;

/** Argument helpers for natives using the (args, kwnames) convention. */
public final class Args {
    private Args() {}

    public static int npos(Object[] a, String[] k) { return a.length - (k == null ? 0 : k.length); }

    /** Positional argument i, or keyword name, or dflt. */
    public static Object get(Object[] a, String[] k, int i, String name, Object dflt) {
        int np = npos(a, k);
        if (i < np) return a[i];
        if (k != null) for (int j = 0; j < k.length; j++) if (k[j].equals(name)) return a[np + j];
        return dflt;
    }

    public static Object kw(Object[] a, String[] k, String name, Object dflt) {
        if (k == null) return dflt;
        int np = npos(a, k);
        for (int j = 0; j < k.length; j++) if (k[j].equals(name)) return a[np + j];
        return dflt;
    }

    public static void noKw(String fn, String[] k) {
        if (k != null && k.length > 0) throw Py.TypeError(fn + "() takes no keyword arguments");
    }

    public static void count(String fn, Object[] a, String[] k, int min, int max) {
        int n = npos(a, k);
        if (n < min || n > max) {
            if (min == max) throw Py.TypeError(fn + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments") + " (" + n + " given)");
            if (n < min) throw Py.TypeError(fn + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            throw Py.TypeError(fn + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }
}
