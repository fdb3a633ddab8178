package minipy.vm;

import minipy.runtime.PyList;
import minipy.runtime.PyTuple;
import minipy.runtime.Refs;

/** Builds containers from stack values whose references move into the container. */
final class Stack {
    private Stack() {}

    /** A tuple owning the given items' references (already counted by the stack). */
    static PyTuple tupleTakingRefs(Object[] items) {
        if (items.length == 0) return PyTuple.EMPTY;
        PyTuple t = new PyTuple(items);   // increfs each item
        for (Object o : items) Refs.decref(o);
        Refs.incref(t);
        return t;
    }

    static PyList listTakingRefs(Object[] items, int n) {
        PyList l = new PyList(items, n);  // increfs each item
        for (int i = 0; i < n; i++) Refs.decref(items[i]);
        Refs.incref(l);
        return l;
    }
}
