package minipy.vm;

import minipy.runtime.*;

/**
 * ExceptionGroup support. The classes and the except* logic are written in minipy
 * (stdlib/_excgroup.py); BaseExceptionGroup and ExceptionGroup enter builtins the first time a
 * program names them, and the compiler calls the helpers below from the code an except* becomes.
 */
public final class ExcGroups {
    private ExcGroups() {}

    private static PyModule module() {
        return ThreadState.current().interp.importer.importModule("_excgroup");
    }

    /** A builtin made on first use (ExceptionGroup, BaseExceptionGroup), or null. */
    static Object lazyBuiltin(PyDict builtins, String name) {
        if (name.equals("complex")) {
            Object c = ThreadState.current().interp.importer.importModule("_complex").get("complex");
            if (c != null && builtins.getStr(name) == null) builtins.put(name, c);
            return builtins.getStr(name);
        }
        if (!name.equals("ExceptionGroup") && !name.equals("BaseExceptionGroup")) return null;
        PyModule m = module();
        for (String n : new String[] {"BaseExceptionGroup", "ExceptionGroup"}) {
            Object v = m.get(n);
            if (v != null && builtins.getStr(n) == null) builtins.put(n, v);
        }
        return builtins.getStr(name);
    }

    private static PyBuiltinFunction helper(String name) {
        return new PyBuiltinFunction("<" + name + ">", (a, k) -> {
            PyModule m = module();
            Object f = m.get(name);
            if (f == null) throw Py.raise(Exc.RuntimeError, "_excgroup." + name + " missing");
            return Ops.call(f, a, k);
        }).immortal();
    }

    /** An imaginary literal: complex(0.0, x). */
    public static final PyBuiltinFunction IMAG = new PyBuiltinFunction("<imag>", (a, k) -> {
        Object f = ThreadState.current().interp.importer.importModule("_complex").get("_imag");
        return Ops.call(f, a[0]);
    }).immortal();

    public static final PyBuiltinFunction START = helper("_star_start");
    public static final PyBuiltinFunction MATCH = helper("_star_match");
    public static final PyBuiltinFunction RAISED = helper("_star_raised");
    public static final PyBuiltinFunction FINISH = helper("_star_finish");
}
