package minipy.vm;

import minipy.runtime.*;

/** The Python-visible frame object of sys._getframe (f_code, f_lineno, f_back, f_locals, f_globals). */
public final class PyFrameObject extends PyObject {
    public final Frame frame;

    /** The line when made for the running frame (whose pc is only stored at calls), else -1. */
    private final int line;

    public PyFrameObject(Frame frame) { this(frame, -1); }

    private PyFrameObject(Frame frame, int line) { this.frame = frame; this.line = line; }

    @Override public PyType type() { return PyType.FRAME; }

    /** The frame n levels up from the current one (sys._getframe(n)). */
    public static Object current(int depth) {
        Frame f = ThreadState.current().frame;
        for (int i = 0; i < depth && f != null; i++) f = f.back;
        if (f == null) throw Py.ValueError("call stack is not deep enough");
        return new PyFrameObject(f, depth == 0 ? f.currentLine() : -1);
    }

    public Object attr(String name) {
        switch (name) {
            case "f_code": return frame.code;
            case "f_lineno": return (long) frame.currentLine();
            case "f_lasti": return (long) Math.max(0, frame.pc - 1) * 2;
            case "f_back": return frame.back == null ? Py.None : new PyFrameObject(frame.back);
            case "f_globals": return frame.globals;
            case "f_builtins": return frame.builtins;
            case "f_locals": {
                if (frame.locals != null) return frame.locals;
                PyDict d = new PyDict();
                PyCode c = frame.code;
                for (int i = 0; i < c.varnames.length; i++) if (frame.slots[i] != null) d.put(c.varnames[i], frame.slots[i]);
                int base = c.varnames.length;
                for (int i = 0; i < c.cellvars.length + c.freevars.length; i++) {
                    Object cell = frame.slots[base + i];
                    String n = i < c.cellvars.length ? c.cellvars[i] : c.freevars[i - c.cellvars.length];
                    if (cell instanceof PyCell pc) {
                        Object v = pc.value;
                        if (v != null) d.put(n, v);
                    }
                }
                return d;
            }
            case "f_trace": return Py.None;
            default: return null;
        }
    }
}
