package minipy.vm;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled module code shared by every interpreter of the JVM (added for multiprocessing,
 * issue 4: each minipy process is an interpreter that imports threading, queue and
 * multiprocessing afresh, and compiling them was most of a child's start-up time).
 *
 * <p>Code objects are immutable and immortal (their constants too), so one compilation of a
 * given source text serves every interpreter. An entry is used only when the source text is
 * identical; the interpreter still registers the source for its tracebacks.
 */
public final class CodeCache {
    private CodeCache() {}

    private record Entry(String source, PyCode code) {}

    private static final ConcurrentHashMap<String, Entry> CACHE = new ConcurrentHashMap<>();

    /** interp.compile(source, filename), reusing an earlier compilation of the same text. */
    public static PyCode compile(Interp interp, String source, String filename) {
        Entry e = CACHE.get(filename);
        if (e != null && e.source.equals(source)) {
            interp.registerSource(filename, source);
            return e.code;
        }
        PyCode code = interp.compile(source, filename);
        immortalizeConstants(code);
        CACHE.put(filename, new Entry(source, code));
        return code;
    }

    /** Constants are shared by every run of the code (in every interpreter): none may be freed. */
    private static void immortalizeConstants(PyCode code) {
        for (Object c : code.consts) immortalize(c);
    }

    private static void immortalize(Object c) {
        if (c instanceof PyCode pc) {
            immortalizeConstants(pc);
        } else if (c instanceof minipy.runtime.PyTuple t) {
            if (!t.isImmortal() && !t.isFreed()) t.immortal();
            for (Object o : t.items) immortalize(o);
        } else if (c instanceof minipy.runtime.PyObject p && !p.isImmortal() && !p.isFreed()
                && (c instanceof minipy.runtime.PyBytes || c instanceof minipy.runtime.PySet)) {
            p.immortal();
        }
    }
}
