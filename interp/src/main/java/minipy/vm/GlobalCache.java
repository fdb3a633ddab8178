package minipy.vm;

import minipy.runtime.PyDict;

/**
 * Inline cache of one LOAD_GLOBAL instruction (in {@link PyCode#caches}): the value found and
 * the versions of the globals (and, when the name came from there, builtins) dicts it was
 * found in. Immutable, so it can be replaced by any thread at any time (GIL off) and read
 * without locks; a mutation of either dict bumps its version and the entry misses.
 */
final class GlobalCache {
    final PyDict globals;
    final int globalsVersion;
    /** The builtins dict when the name was found there, else null. */
    final PyDict builtins;
    final int builtinsVersion;
    final Object value;

    private GlobalCache(PyDict globals, int gv, PyDict builtins, int bv, Object value) {
        this.globals = globals;
        this.globalsVersion = gv;
        this.builtins = builtins;
        this.builtinsVersion = bv;
        this.value = value;
    }

    /** The value of global names[arg] for the instruction at index i (a borrowed reference). */
    static Object load(Frame f, PyCode co, int i, String name) {
        Object c = co.caches[i];
        PyDict g = f.globals;
        if (c instanceof GlobalCache e && e.globals == g && e.globalsVersion == g.version
                && (e.builtins == null || (e.builtins == f.builtins && e.builtinsVersion == e.builtins.version))) {
            return e.value;
        }
        return miss(f, co, i, name);
    }

    private static Object miss(Frame f, PyCode co, int i, String name) {
        PyDict g = f.globals, b = f.builtins;
        int gv = g.version, bv = b.version;      // read before the look-up: a concurrent change makes the entry miss
        Object v = g.getStr(name);
        if (v != null) {
            co.caches[i] = new GlobalCache(g, gv, null, 0, v);
            return v;
        }
        v = b.getStr(name);
        if (v == null && (v = ExcGroups.lazyBuiltin(b, name)) != null) bv = b.version;
        if (v == null) throw Interpreter.nameError(name);
        co.caches[i] = new GlobalCache(g, gv, b, bv, v);
        return v;
    }
}
