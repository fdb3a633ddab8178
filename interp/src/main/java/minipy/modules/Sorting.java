package minipy.modules;

import java.util.Arrays;
import minipy.runtime.*;

/** list.sort / sorted: a stable sort comparing with '<' (and keys computed once). */
public final class Sorting {
    private Sorting() {}

    public static void sort(PyList l, Object key, boolean reverse) {
        Object[] items = l.toArray();
        int n = items.length;
        Object[] keys = key == Py.None || key == null ? items : new Object[n];
        if (keys != items) for (int i = 0; i < n; i++) keys[i] = Ops.call(key, items[i]);
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = reverse ? n - 1 - i : i;
        try {
            Arrays.sort(idx, (x, y) -> {
                int c = Compare.lt(keys[x], keys[y]) ? -1 : Compare.lt(keys[y], keys[x]) ? 1 : 0;
                return reverse ? -c : c;
            });
        } catch (IllegalArgumentException e) {
            // inconsistent comparisons: keep whatever order was reached, as CPython does
        }
        Object[] sorted = new Object[n];
        for (int i = 0; i < n; i++) sorted[i] = items[idx[i]];
        if (reverse) {
            // stability with reverse=True: equal elements keep original order
            Integer[] idx2 = new Integer[n];
            for (int i = 0; i < n; i++) idx2[i] = i;
            Arrays.sort(idx2, (x, y) -> {
                int c = Compare.lt(keys[y], keys[x]) ? -1 : Compare.lt(keys[x], keys[y]) ? 1 : 0;
                return c;
            });
            for (int i = 0; i < n; i++) sorted[i] = items[idx2[i]];
        }
        if (l.size() != n) throw Py.ValueError("list modified during sort");
        l.setOrder(sorted);
    }
}
