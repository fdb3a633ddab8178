package minipy.modules;

import java.util.SplittableRandom;
import minipy.runtime.*;
import minipy.vm.Interp;

/** random: a per-interpreter generator (not CPython's Mersenne Twister sequence). */
final class RandomModule {
    private RandomModule() {}

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("random");
        SplittableRandom[] rng = {new SplittableRandom()};
        m.def("seed", (a, k) -> {
            rng[0] = a.length == 0 || a[0] == Py.None ? new SplittableRandom() : new SplittableRandom(Ops.hash64(a[0]));
            return Py.None;
        });
        m.def("random", (a, k) -> next(rng).nextDouble());
        m.def("uniform", (a, k) -> {
            double lo = Ops.asDouble(a[0]), hi = Ops.asDouble(a[1]);
            return lo + (hi - lo) * next(rng).nextDouble();
        });
        m.def("randint", (a, k) -> {
            long lo = Ops.asIndex(a[0]), hi = Ops.asIndex(a[1]);
            if (hi < lo) throw Py.ValueError("empty range for randrange() (" + lo + ", " + (hi + 1) + ", " + (hi + 1 - lo) + ")");
            return lo + next(rng).nextLong(hi - lo + 1);
        });
        m.def("randrange", (a, k) -> {
            long start = 0, stop, step = 1;
            if (a.length == 1) stop = Ops.asIndex(a[0]);
            else { start = Ops.asIndex(a[0]); stop = Ops.asIndex(a[1]); if (a.length > 2) step = Ops.asIndex(a[2]); }
            long n = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / -step;
            if (n <= 0) throw Py.ValueError("empty range for randrange()");
            return start + step * next(rng).nextLong(n);
        });
        m.def("choice", (a, k) -> {
            int n = Ops.len(a[0]);
            if (n == 0) throw Py.raise(Exc.IndexError, "Cannot choose from an empty sequence");
            return Items.getitem(a[0], (long) next(rng).nextInt(n));
        });
        m.def("shuffle", (a, k) -> {
            PyList l = (PyList) a[0];
            Object[] items = l.toArray();
            for (int i = items.length - 1; i > 0; i--) {
                int j = next(rng).nextInt(i + 1);
                Object t = items[i]; items[i] = items[j]; items[j] = t;
            }
            l.setOrder(items);
            return Py.None;
        });
        m.def("sample", (a, k) -> {
            Object[] pop = Iter.toArray(a[0]).clone();
            int n = (int) Ops.asIndex(a[1]);
            if (n > pop.length || n < 0) throw Py.ValueError("Sample larger than population or is negative");
            for (int i = 0; i < n; i++) {
                int j = i + next(rng).nextInt(pop.length - i);
                Object t = pop[i]; pop[i] = pop[j]; pop[j] = t;
            }
            return new PyList(java.util.Arrays.copyOf(pop, n), n);
        });
        m.def("choices", (a, k) -> {
            Object[] pop = Iter.toArray(a[0]);
            long n = Ops.asIndex(Args.kw(a, k, "k", 1L));
            PyList r = new PyList();
            for (long i = 0; i < n; i++) r.append(pop[next(rng).nextInt(pop.length)]);
            return r;
        });
        m.def("gauss", (a, k) -> Ops.asDouble(a[0]) + Ops.asDouble(a[1]) * new java.util.Random(next(rng).nextLong()).nextGaussian());
        return m;
    }

    private static SplittableRandom next(SplittableRandom[] r) { return r[0]; }
}
