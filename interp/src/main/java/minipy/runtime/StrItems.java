package minipy.runtime;

/** Indexing and slicing of str by code point. */
final class StrItems {
    private StrItems() {}

    static Object get(String s, Object key) {
        boolean bmp = s.codePoints().count() == s.length();
        if (key instanceof PySlice sl) {
            if (bmp) {
                long[] ix = sl.indices(s.length());
                if (ix[2] == 1) return s.substring((int) ix[0], (int) Math.max(ix[0], ix[1]));
                StringBuilder sb = new StringBuilder((int) ix[3]);
                for (long i = 0, p = ix[0]; i < ix[3]; i++, p += ix[2]) sb.append(s.charAt((int) p));
                return sb.toString();
            }
            int[] cps = s.codePoints().toArray();
            long[] ix = sl.indices(cps.length);
            StringBuilder sb = new StringBuilder();
            for (long i = 0, p = ix[0]; i < ix[3]; i++, p += ix[2]) sb.appendCodePoint(cps[(int) p]);
            return sb.toString();
        }
        if (!(IntOps.isInt(key) || key instanceof PyInstance)) {
            throw Py.TypeError("string indices must be integers, not '" + Ops.typeName(key) + "'");
        }
        long i = Ops.asIndex(key);
        if (bmp) {
            if (i < 0) i += s.length();
            if (i < 0 || i >= s.length()) throw Py.IndexError("string index out of range");
            return String.valueOf(s.charAt((int) i));
        }
        int[] cps = s.codePoints().toArray();
        if (i < 0) i += cps.length;
        if (i < 0 || i >= cps.length) throw Py.IndexError("string index out of range");
        return new String(Character.toChars(cps[(int) i]));
    }
}
