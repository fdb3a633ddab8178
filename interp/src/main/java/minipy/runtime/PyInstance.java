package minipy.runtime;

/** An instance of a class defined in Python (whose solid base is object). */
public class PyInstance extends PyObject {
    public PyType cls;
    public PyDict dict;

    public PyInstance(PyType cls) {
        super(true);
        this.cls = cls;
        if (cls.heap) Refs.incref(cls);
        // CPython 3.11 keeps attributes inline (no dict object) until __dict__ is asked for.
        // Here the dict exists but, until then, is not tracked by the collector: the instance
        // visits its contents itself (traverse), so a young collection sees one object per
        // instance, not two. SpecialAttrs tracks it when __dict__ is taken.
        if (this instanceof PyBaseException) {
            this.dict = new PyDict();
        } else {
            this.dict = new PyDict(8, false);
            dict.gcFlags |= Gc.INLINE_DICT;
        }
        Refs.incref(dict);
    }

    /** True while the dict is this instance's alone and untracked: traverse visits its contents. */
    private boolean inlineDict() {
        PyDict d = dict;
        return d.gcNext == null && (d.gcFlags & Gc.INLINE_DICT) != 0 && d.refcount() == 1;
    }

    @Override public PyType type() { return cls; }

    @Override protected void immortalParts() {
        if (dict != null) dict.immortal();   // the instance never dies, so never gives its dict back
    }

    @Override protected boolean hasFinalizer() { return cls.hasDel; }

    @Override protected void finalizeObject() { Finalizers.runDel(this); }

    @Override public void traverse(java.util.function.Consumer<Object> visit) {
        // an untracked dict that something else also references is visited as an object the
        // collector does not know: its contents then count as referenced from outside (safe)
        if (inlineDict()) {
            PyDict d = dict;
            for (int i = 0, n = d.positions(); i < n; i++) {   // values (keys are str: no references to visit)
                Object k = d.keyAt(i);
                if (k == null) continue;
                if (k instanceof PyObject) visit.accept(k);
                visit.accept(d.valueAt(i));
            }
        } else {
            visit.accept(dict);
        }
        if (cls.heap) visit.accept(cls);
    }

    /** The collector's subtract_refs for a plain instance with its inline dict, without a Consumer; false: use traverse. */
    final boolean gcSubtract() {
        if (getClass() != PyInstance.class || !inlineDict()) return false;
        dict.gcSubtractEntries();
        if (cls.heap) Gc.subtractRef(cls);
        return true;
    }

    /** The collector's marking, as gcSubtract. */
    final boolean gcMark(int member, java.util.ArrayDeque<PyObject> stack) {
        if (getClass() != PyInstance.class || !inlineDict()) return false;
        dict.gcMarkEntries(member, stack);
        if (cls.heap) Gc.markRef(cls, member, stack);
        return true;
    }

    @Override protected void clearRefs() {
        Refs.decref(dict);
        if (cls.heap) Refs.decref(cls);
    }
}
