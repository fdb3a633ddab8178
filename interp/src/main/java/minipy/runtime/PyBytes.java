package minipy.runtime;

/** bytes: an immutable byte array. */
public final class PyBytes extends PyObject {
    public final byte[] bytes;

    public PyBytes(byte[] bytes) { this.bytes = bytes; }

    @Override public PyType type() { return PyType.BYTES; }
}
