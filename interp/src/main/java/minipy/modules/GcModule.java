package minipy.modules;

import java.util.List;
import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/**
 * gc: the interface to the cycle collector ({@link Gc}), with CPython 3.11's functions.
 * Three generations as CPython's; gc.garbage stays empty (since PEP 442 every cycle is
 * collectable) unless DEBUG_SAVEALL is set; freeze() is accepted and does nothing.
 */
final class GcModule {
    private GcModule() {}

    static PyModule create(Interp interp) {
        Gc gc = interp.gc;
        PyModule m = new PyModule("gc");
        m.set("garbage", gc.garbageList());
        m.set("callbacks", callbacks(gc));
        m.set("DEBUG_STATS", (long) Gc.DEBUG_STATS);
        m.set("DEBUG_COLLECTABLE", (long) Gc.DEBUG_COLLECTABLE);
        m.set("DEBUG_UNCOLLECTABLE", (long) Gc.DEBUG_UNCOLLECTABLE);
        m.set("DEBUG_SAVEALL", (long) Gc.DEBUG_SAVEALL);
        m.set("DEBUG_LEAK", (long) Gc.DEBUG_LEAK);
        m.def("collect", (a, k) -> {
            Args.count("collect", a, k, 0, 1);
            Object g = Args.get(a, k, 0, "generation", 2L);
            long gen = Ops.asIndex(g);
            if (gen < 0 || gen >= Gc.NUM_GENERATIONS) throw Py.ValueError("invalid generation");
            return gc.collect(ThreadState.current(), (int) gen);
        });
        m.def("enable", (a, k) -> { gc.enabled = true; return Py.None; });
        m.def("disable", (a, k) -> { gc.enabled = false; return Py.None; });
        m.def("isenabled", (a, k) -> gc.enabled);
        m.def("get_count", (a, k) -> {
            int[] c = gc.getCount();
            return PyTuple.of((long) c[0], (long) c[1], (long) c[2]);
        });
        m.def("get_threshold", (a, k) -> {
            int[] t = gc.getThreshold();
            return PyTuple.of((long) t[0], (long) t[1], (long) t[2]);
        });
        m.def("set_threshold", (a, k) -> {
            Args.noKw("set_threshold", k);
            if (a.length < 1 || a.length > 3) {
                throw Py.TypeError(a.length < 1 ? "set_threshold expected at least 1 argument, got 0"
                        : "set_threshold expected at most 3 arguments, got " + a.length);
            }
            for (int i = 0; i < a.length; i++) gc.setThreshold(i, (int) Ops.asIndex(a[i]));
            return Py.None;
        });
        m.def("get_debug", (a, k) -> (long) gc.debug);
        m.def("set_debug", (a, k) -> { Args.count("set_debug", a, k, 1, 1); gc.debug = (int) Ops.asIndex(a[0]); return Py.None; });
        m.def("is_tracked", (a, k) -> { Args.count("is_tracked", a, k, 1, 1); return Gc.isTracked(a[0]); });
        m.def("is_finalized", (a, k) -> { Args.count("is_finalized", a, k, 1, 1); return Gc.isFinalized(a[0]); });
        m.def("get_objects", (a, k) -> {
            Object g = Args.get(a, k, 0, "generation", Py.None);
            int gen = -1;
            if (g != Py.None) {
                long v = Ops.asIndex(g);
                if (v >= Gc.NUM_GENERATIONS) throw Py.ValueError("generation parameter must be less than the number of available generations (" + Gc.NUM_GENERATIONS + ")");
                if (v < 0) throw Py.ValueError("generation parameter cannot be negative");
                gen = (int) v;
            }
            return listOf(gc.objects(ThreadState.current(), gen), null);
        });
        m.def("get_referents", (a, k) -> {
            PyList out = new PyList();
            for (Object o : a) if (o instanceof PyObject p) p.traverse(x -> { if (x != null) out.append(x); });
            return out;
        });
        m.def("get_referrers", (a, k) -> {
            PyList out = new PyList();
            for (PyObject p : gc.objects(ThreadState.current(), -1)) {
                if (p == out) continue;
                boolean[] hit = {false};
                p.traverse(x -> { for (Object t : a) if (x == t) hit[0] = true; });
                if (hit[0]) out.append(p);
            }
            return out;
        });
        m.def("get_stats", (a, k) -> {
            PyList out = new PyList();
            for (int i = 0; i < Gc.NUM_GENERATIONS; i++) {
                PyDict d = new PyDict();
                d.put("collections", gc.stats[i][0]);
                d.put("collected", gc.stats[i][1]);
                d.put("uncollectable", gc.stats[i][2]);
                out.append(d);
            }
            return out;
        });
        m.def("freeze", (a, k) -> Py.None);
        m.def("unfreeze", (a, k) -> Py.None);
        m.def("get_freeze_count", (a, k) -> 0L);
        return m;
    }

    private static PyList callbacks(Gc gc) {
        synchronized (gc) {
            if (gc.callbacks == null) {
                gc.callbacks = new PyList();
                Refs.incref(gc.callbacks);
            }
            return gc.callbacks;
        }
    }

    private static PyList listOf(List<PyObject> objs, Object skip) {
        PyList out = new PyList();
        for (PyObject o : objs) if (o != skip && !o.isFreed()) out.append(o);
        return out;
    }
}
