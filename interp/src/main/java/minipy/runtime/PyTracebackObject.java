package minipy.runtime;

/** The Python-visible traceback object (tb_lineno, tb_next, tb_frame.f_code.co_name). */
public final class PyTracebackObject extends PyObject {
    public final Traceback tb;

    public PyTracebackObject(Traceback tb) { this.tb = tb; }

    @Override public PyType type() { return PyType.TRACEBACK; }
}
