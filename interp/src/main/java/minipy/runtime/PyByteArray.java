package minipy.runtime;

/**
 * bytearray: a mutable bytes. Mutations replace {@link #bytes} with a new array holding exactly
 * the new contents (so readers written for bytes see a consistent snapshot).
 */
public final class PyByteArray extends PyBytes {
    public PyByteArray(byte[] bytes) { super(bytes); }

    @Override public PyType type() { return PyType.BYTEARRAY; }

    public int size() { return bytes.length; }

    public void set(byte[] b) { bytes = b; }

    /** Replaces bytes[lo:hi] with repl. */
    public void replace(int lo, int hi, byte[] repl) {
        byte[] old = bytes;
        byte[] r = new byte[old.length - (hi - lo) + repl.length];
        System.arraycopy(old, 0, r, 0, lo);
        System.arraycopy(repl, 0, r, lo, repl.length);
        System.arraycopy(old, hi, r, lo + repl.length, old.length - hi);
        bytes = r;
    }

    public void append(byte[] more) { replace(bytes.length, bytes.length, more); }

    String repr() { return "bytearray(" + StrUtil.bytesRepr(bytes) + ")"; }
}
