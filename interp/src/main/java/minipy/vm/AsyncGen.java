package minipy.vm;

import minipy.runtime.*;

/**
 * Async generators. The machinery (async_generator, its asend/athrow/aclose awaitables) is written
 * in minipy in stdlib/_asyncgen.py; here are the hooks the compiler and the call path use.
 * A yield in an async generator yields WRAP(value), so the awaitables can tell the generator's own
 * values from what its awaits pass up to the event loop.
 */
public final class AsyncGen {
    private AsyncGen() {}

    /** The sentinel the async comprehension loop gets when its iterator is exhausted. */
    public static final PyObject STOP = new Sentinel();

    private static final class Sentinel extends PyObject {
        Sentinel() { immortal(); }
        @Override public PyType type() { return PyType.OBJECT; }
    }

    private static Object helper(String name) {
        PyModule m = ThreadState.current().interp.importer.importModule("_asyncgen");
        Object f = m.get(name);
        if (f == null) throw Py.raise(Exc.RuntimeError, "_asyncgen." + name + " missing");
        return f;
    }

    /** Wraps the generator object of an async generator function call. */
    public static Object wrap(PyGenerator g) {
        return Ops.call(helper("async_generator"), g);
    }

    public static final PyBuiltinFunction WRAP = new PyBuiltinFunction("<async yield>",
            (a, k) -> Ops.call(helper("_Wrapped"), a[0])).immortal();

    /** aiter(x) for async comprehensions. */
    public static final PyBuiltinFunction AITER = new PyBuiltinFunction("<aiter>",
            (a, k) -> Ops.call(helper("_aiter"), a[0])).immortal();

    /** A coroutine: await it.__anext__(), or STOP at StopAsyncIteration. */
    public static final PyBuiltinFunction ANEXT = new PyBuiltinFunction("<anext>",
            (a, k) -> Ops.call(helper("_anext_or_stop"), a[0], STOP)).immortal();
}
