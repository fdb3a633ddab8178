package minipy.runtime;

/**
 * bytes: an immutable byte array. {@link PyByteArray} (bytearray) extends it so that every
 * operation accepting a bytes-like object accepts both; only a bytearray ever replaces
 * {@link #bytes}, which always holds exactly the current contents.
 */
public class PyBytes extends PyObject {
    public byte[] bytes;

    public PyBytes(byte[] bytes) { this.bytes = bytes; }

    @Override public PyType type() { return PyType.BYTES; }
}
