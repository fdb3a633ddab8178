package minipy.modules;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/**
 * A file object of open(): CPython's TextIOWrapper (text modes), BufferedReader / BufferedWriter /
 * BufferedRandom (binary modes) and FileIO (buffering=0), one Java class behind four types.
 *
 * <p>Layers: a raw file ({@link RandomAccessFile}, or an O_APPEND {@link FileOutputStream} for
 * mode 'a', neither of which is closed by a thread interrupt), a read-ahead buffer and a write
 * buffer of bytes (8 KiB, as io.DEFAULT_BUFFER_SIZE), and for text a pending string of decoded
 * but unconsumed characters, kept untranslated so that tell() stays an exact byte offset. Every
 * raw read and write runs with the GIL released. An internal lock (taken without holding the
 * GIL when contended, as CPython's buffered lock) serialises threads using one file.
 *
 * <p>The file is closed (its buffer flushed) when its last reference goes, as in CPython.
 */
public final class PyFile extends PyObject implements IoRuntime.Handle {
    static final PyType TEXT = newType("TextIOWrapper");
    static final PyType READER = newType("BufferedReader");
    static final PyType WRITER = newType("BufferedWriter");
    static final PyType RANDOM = newType("BufferedRandom");
    static final PyType RAW = newType("FileIO");
    /** io.UnsupportedOperation: both an OSError and a ValueError. */
    public static final PyType UNSUPPORTED;
    static final int BUFSIZE = 8192;

    static {
        PyType u = new PyType("UnsupportedOperation", new PyType[] {Exc.OSError, Exc.ValueError}, false);
        u.allocator = PyBaseException::new;
        u.module = "io";
        UNSUPPORTED = u.immortal();
        for (PyType t : new PyType[] {TEXT, READER, WRITER, RANDOM, RAW}) FileMethods.install(t);
    }

    private static PyType newType(String name) {
        PyType t = new PyType(name, new PyType[] {PyType.OBJECT}, false).immortal();
        t.module = "_io";
        t.baseType = false;
        return t;
    }

    final Interp interp;
    final PyType type;
    final Object name;
    final String mode;
    final boolean readable, writable, appending, text;
    final int fd;
    final String encoding, errors;
    /** null: universal newlines (translate on read, os.linesep on write); else "", "\n", "\r", "\r\n". */
    final String newline;
    final boolean lineBuffering, unbuffered;
    private RandomAccessFile raf;
    private FileOutputStream appendOut;
    private final String path;
    volatile boolean closed;
    final ReentrantLock lock = new ReentrantLock();

    // read-ahead bytes [rpos, rlen) of rbuf, which end at the raw position
    private byte[] rbuf = new byte[0];
    private int rpos, rlen;
    // decoded, unconsumed text (untranslated)
    private String pending = "";
    private boolean eof;
    // pending writes
    private byte[] wbuf = new byte[0];
    private int wlen;
    /** newlines seen (text): 1 = \r, 2 = \n, 4 = \r\n. */
    int seenNewlines;

    PyFile(Interp interp, PyType type, Object name, String path, String mode, boolean readable, boolean writable,
           boolean appending, boolean text, String encoding, String errors, String newline, boolean lineBuffering,
           boolean unbuffered) {
        this.interp = interp;
        this.type = type;
        this.name = name;
        this.path = path;
        this.mode = mode;
        this.readable = readable;
        this.writable = writable;
        this.appending = appending;
        this.text = text;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
        this.lineBuffering = lineBuffering;
        this.unbuffered = unbuffered;
        this.fd = IoRuntime.allocFd();
    }

    @Override public PyType type() { return type; }

    // ---- open ---------------------------------------------------------------------------------

    /** Opens the raw file for the parsed mode; raises the OSError CPython would. */
    void openRaw(boolean create, boolean truncate, boolean exclusive) {
        File f = new File(path);
        ThreadState ts = ThreadState.current();
        IOException err = interp.gil.blocking(ts, () -> {
            try {
                if (f.isDirectory()) throw new IOException("(Is a directory)");
                if (exclusive) {
                    Files.createFile(Path.of(path));
                } else if (!create && !f.exists()) {
                    throw new java.nio.file.NoSuchFileException(path);
                }
                if (appending && !readable) {
                    appendOut = new FileOutputStream(f, true);
                } else {
                    raf = new RandomAccessFile(f, writable ? "rw" : "r");
                    // O_TRUNC is applied lazily, at the first raw operation (or when the same
                    // file is opened again): a reader in another thread or minipy process then
                    // sees the old contents or the new ones, never the empty file in between
                    // (a window that CPython keeps microseconds short and in-JVM processes,
                    // slower to start, would widen)
                    if (truncate && raf.length() > 0) {
                        pendingTruncate = true;
                        PENDING.computeIfAbsent(canonical(path), x -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(this);
                    }
                    if (appending) raf.seek(raf.length());
                }
                return null;
            } catch (IOException e) {
                return e;
            } catch (java.nio.file.InvalidPathException e) {
                return new IOException("(No such file or directory)");
            }
        });
        if (err != null) {
            IoRuntime.freeFd(fd);
            closed = true;
            int errno = OsErrors.errnoOf(err);
            if (errno == OsErrors.ENOENT && parentIsFile(f)) errno = OsErrors.ENOTDIR;
            throw OsErrors.error(errno == OsErrors.EIO ? OsErrors.EACCES : errno, name);
        }
        IoRuntime.of(interp).opened(this);
    }

    private static boolean parentIsFile(File f) {
        for (File p = f.getParentFile(); p != null; p = p.getParentFile()) {
            if (p.isFile()) return true;
            if (p.isDirectory()) return false;
        }
        return false;
    }

    // ---- locking ------------------------------------------------------------------------------

    void lock() {
        if (lock.tryLock()) return;
        ThreadState ts = ThreadState.current();
        while (!lock.tryLock()) {
            boolean got = Blocking.await(ts, -1, n -> { lock.lockInterruptibly(); return true; });
            if (got) return;
        }
    }

    void unlock() { lock.unlock(); }

    // ---- checks -------------------------------------------------------------------------------

    void checkClosed(String what) {
        if (closed) throw Py.ValueError(text || what == null ? "I/O operation on closed file." : what + " closed file");
    }

    void checkReadable() {
        checkClosed("read of");
        if (!readable) throw Py.raise(UNSUPPORTED, unbuffered ? "File not open for reading" : "not readable");
    }

    void checkWritable() {
        checkClosed("write to");
        if (!writable) throw Py.raise(UNSUPPORTED, unbuffered ? "File not open for writing" : "not writable");
    }

    // ---- raw IO (GIL released) -------------------------------------------------------------------

    private interface IoAction<T> { T run() throws IOException; }

    private <T> T io(IoAction<T> a) {
        ThreadState ts = ThreadState.current();
        Object[] r = interp.gil.blocking(ts, () -> {
            try {
                return new Object[] {a.run(), null};
            } catch (IOException e) {
                return new Object[] {null, e};
            }
        });
        if (r[1] != null) throw OsErrors.fromJava((IOException) r[1]);
        @SuppressWarnings("unchecked") T v = (T) r[0];
        return v;
    }

    private volatile boolean pendingTruncate;
    private static final java.util.Map<String, java.util.Set<PyFile>> PENDING = new java.util.concurrent.ConcurrentHashMap<>();

    static String canonical(String path) {
        try {
            return new File(path).getCanonicalPath();
        } catch (IOException e) {
            return new File(path).getAbsolutePath();
        }
    }

    /** Applies a pending truncation (any thread; cheap when there is none). */
    void settleTruncate() throws IOException {
        if (!pendingTruncate) return;
        synchronized (this) {
            if (!pendingTruncate) return;
            pendingTruncate = false;
            java.util.Set<PyFile> set = PENDING.get(canonical(path));
            if (set != null) set.remove(this);
            RandomAccessFile f = raf;
            if (f != null) f.setLength(0);
        }
    }

    /**
     * Before interp opens (or stats) path: its own truncations still pending on that file happen
     * now, so the program sees its own open(path, 'w') at once. Other processes do not force
     * them: for them the truncation happens as if the open had come a little later.
     */
    static void settlePending(Interp interp, String path) {
        if (PENDING.isEmpty()) return;
        java.util.Set<PyFile> set = PENDING.get(canonical(path));
        if (set == null) return;
        for (PyFile f : set.toArray(new PyFile[0])) {
            if (f.interp != interp) continue;
            try {
                f.settleTruncate();
            } catch (IOException e) {
                // the writer will see the error itself
            }
        }
    }

    private int rawRead(byte[] b, int off, int len) {
        if (raf == null) return -1;
        RandomAccessFile f = raf;
        return io(() -> { settleTruncate(); return f.read(b, off, len); });
    }

    private void rawWrite(byte[] b, int off, int len) {
        if (len == 0) return;
        if (appendOut != null) {
            FileOutputStream o = appendOut;
            io(() -> { o.write(b, off, len); return null; });
        } else {
            RandomAccessFile f = raf;
            boolean app = appending;
            io(() -> {
                if (pendingTruncate && !app) {
                    // the first write of a truncating open: new bytes first, then the cut, so
                    // that a concurrent reader never finds the file empty
                    synchronized (this) {
                        if (pendingTruncate) {
                            f.write(b, off, len);
                            f.setLength(f.getFilePointer());
                            pendingTruncate = false;
                            java.util.Set<PyFile> set = PENDING.get(canonical(path));
                            if (set != null) set.remove(this);
                            return null;
                        }
                    }
                }
                settleTruncate();
                if (app) f.seek(f.length());
                f.write(b, off, len);
                return null;
            });
        }
    }

    private long rawTell() {
        if (appendOut != null) return new File(path).length();
        RandomAccessFile f = raf;
        return io(() -> { settleTruncate(); return f.getFilePointer(); });
    }

    private long rawSeek(long pos) {
        if (appendOut != null) throw OsErrors.error(OsErrors.ESPIPE);
        RandomAccessFile f = raf;
        io(() -> { settleTruncate(); f.seek(pos); return null; });
        return pos;
    }

    private long rawSize() {
        if (appendOut != null) return new File(path).length();
        RandomAccessFile f = raf;
        return io(() -> { settleTruncate(); return f.length(); });
    }

    // ---- buffers ------------------------------------------------------------------------------

    /** Writes out pending bytes. */
    void flushWrites() {
        if (wlen > 0) {
            byte[] b = wbuf;
            int n = wlen;
            wlen = 0;
            rawWrite(b, 0, n);
        }
    }

    /** Drops read-ahead, moving the raw position back to the logical position. */
    private void dropReadAhead() {
        int ahead = rlen - rpos;
        long pendingBytes = pending.isEmpty() ? 0 : encode(pending).length;
        if (ahead > 0 || pendingBytes > 0) {
            long pos = rawTell() - ahead - pendingBytes;
            rawSeek(pos);
        }
        rpos = rlen = 0;
        pending = "";
        eof = false;
    }

    private void prepareWrite() {
        if (rlen - rpos > 0 || !pending.isEmpty()) dropReadAhead();
        eof = false;
    }

    private void prepareRead() {
        if (wlen > 0) flushWrites();
    }

    /** Fills rbuf with more bytes; false at end of file. */
    private boolean fill() {
        if (rpos > 0 && rpos == rlen) rpos = rlen = 0;
        if (rlen == rbuf.length) {
            if (rpos > 0) {
                System.arraycopy(rbuf, rpos, rbuf, 0, rlen - rpos);
                rlen -= rpos;
                rpos = 0;
            } else {
                rbuf = Arrays.copyOf(rbuf, Math.max(BUFSIZE, rbuf.length * 2));
            }
        }
        int n = rawRead(rbuf, rlen, rbuf.length - rlen);
        if (n <= 0) return false;
        rlen += n;
        return true;
    }

    void appendBytes(byte[] b, int off, int len) {
        if (wlen + len > wbuf.length) wbuf = Arrays.copyOf(wbuf, Math.max(wlen + len, Math.max(BUFSIZE, wbuf.length * 2)));
        System.arraycopy(b, off, wbuf, wlen, len);
        wlen += len;
    }

    // ---- binary operations --------------------------------------------------------------------

    /** read(n) of bytes; n < 0 reads to the end. */
    byte[] readBytes(long n) {
        prepareRead();
        if (n < 0) {
            long size = rawSize();
            long pos = rawTell();
            int extra = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 16, size - pos));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(rlen - rpos + extra);
            out.write(rbuf, rpos, rlen - rpos);
            rpos = rlen = 0;
            byte[] chunk = new byte[Math.max(BUFSIZE, extra + 1)];
            for (;;) {
                int k = rawRead(chunk, 0, chunk.length);
                if (k <= 0) break;
                out.write(chunk, 0, k);
            }
            return out.toByteArray();
        }
        int want = (int) Math.min(n, Integer.MAX_VALUE - 16);
        if (unbuffered) {
            byte[] b = new byte[want];
            int k = want == 0 ? 0 : rawRead(b, 0, want);
            return k <= 0 ? new byte[0] : Arrays.copyOf(b, k);
        }
        while (rlen - rpos < want) {
            if (rbuf.length - rlen < want - (rlen - rpos) && rpos == 0 && rlen + want > rbuf.length) {
                rbuf = Arrays.copyOf(rbuf, Math.max(BUFSIZE, rlen + want));
            }
            if (!fill()) break;
        }
        int k = Math.min(want, rlen - rpos);
        byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + k);
        rpos += k;
        return r;
    }

    /** readline of bytes (up to and including b'\n'); limit < 0: no limit. */
    byte[] readLineBytes(long limit) {
        prepareRead();
        int scanned = 0;
        for (;;) {
            int avail = rlen - rpos;
            int max = limit >= 0 ? (int) Math.min(limit, avail) : avail;
            for (int i = scanned; i < max; i++) {
                if (rbuf[rpos + i] == '\n') {
                    byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + i + 1);
                    rpos += i + 1;
                    return r;
                }
            }
            scanned = max;
            if (limit >= 0 && avail >= limit || !fill()) {
                int k = limit >= 0 ? (int) Math.min(limit, rlen - rpos) : rlen - rpos;
                byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + k);
                rpos += k;
                return r;
            }
        }
    }

    int writeBytes(byte[] b) {
        prepareWrite();
        if (unbuffered) {
            rawWrite(b, 0, b.length);
            return b.length;
        }
        appendBytes(b, 0, b.length);
        if (wlen >= BUFSIZE) flushWrites();
        return b.length;
    }

    // ---- text operations ----------------------------------------------------------------------

    byte[] encode(String s) { return StrMethods.encode(s, encoding, errors); }

    private String decode(byte[] b, int off, int len) {
        return StrMethods.decode(off == 0 && len == b.length ? b : Arrays.copyOfRange(b, off, off + len), encoding, errors);
    }

    private boolean asciiCompatible() {
        String e = encoding.toLowerCase().replace('_', '-');
        return !(e.startsWith("utf-16") || e.startsWith("utf16") || e.startsWith("utf-32") || e.startsWith("utf32"));
    }

    /** Appends at least one more raw line (decoded) to pending; false at end of file. */
    private boolean moreText() {
        if (eof) return false;
        if (!asciiCompatible()) {
            byte[] all = readBytes(-1);
            eof = true;
            if (all.length == 0) return false;
            pending = pending + decode(all, 0, all.length);
            return true;
        }
        // up to and including the next '\n' byte (never inside a multibyte character in an
        // ASCII-compatible encoding), so each piece decodes on its own
        int scanned = 0;
        for (;;) {
            for (int i = rpos + scanned; i < rlen; i++) {
                if (rbuf[i] == '\n') {
                    String s = decode(rbuf, rpos, i + 1 - rpos);
                    rpos = i + 1;
                    pending = pending.isEmpty() ? s : pending + s;
                    return true;
                }
            }
            scanned = rlen - rpos;
            if (!fill()) {
                eof = true;
                if (rlen == rpos) return false;
                String s = decode(rbuf, rpos, rlen - rpos);
                rpos = rlen = 0;
                pending = pending.isEmpty() ? s : pending + s;
                return true;
            }
        }
    }

    private boolean universal() { return newline == null; }

    /** Index just after the first line end of pending, or -1 (may need more text to decide). */
    private int lineEnd(String s) {
        if (newline == null || newline.isEmpty()) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') return i + 1;
                if (c == '\r') {
                    if (i + 1 < s.length()) return s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    return eof ? i + 1 : -2 - i;   // need one more character
                }
            }
            return -1;
        }
        int i = s.indexOf(newline);
        return i < 0 ? -1 : i + newline.length();
    }

    private String translate(String s) {
        if (!universal() || s.indexOf('\r') < 0) {
            if (universal() && s.indexOf('\n') >= 0) seenNewlines |= 2;
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') { i++; seenNewlines |= 4; }
                else seenNewlines |= 1;
                sb.append('\n');
            } else {
                if (c == '\n') seenNewlines |= 2;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    String readLineText(long limit) {
        prepareRead();
        for (;;) {
            int e = lineEnd(pending);
            if (e >= 0 || !moreText()) {
                int end = e >= 0 ? e : pending.length();
                if (limit >= 0) end = limitEnd(end, limit);
                String line = pending.substring(0, end);
                pending = pending.substring(end);
                return translate(line);
            }
            if (limit >= 0 && translatedLength(pending) >= limit) {
                int end = limitEnd(pending.length(), limit);
                String line = pending.substring(0, end);
                pending = pending.substring(end);
                return translate(line);
            }
        }
    }

    private static int translatedLength(String s) { return s.length(); }

    /** The raw index at which limit translated characters end (a \r\n counts as one). */
    private int limitEnd(int end, long limit) {
        if (!universal()) return (int) Math.min(end, limit);
        int n = 0, i = 0;
        while (i < end && n < limit) {
            if (pending.charAt(i) == '\r' && i + 1 < end && pending.charAt(i + 1) == '\n') i += 2;
            else i++;
            n++;
        }
        return i;
    }

    String readText(long n) {
        prepareRead();
        if (n < 0) {
            StringBuilder sb = new StringBuilder(pending);
            pending = "";
            if (!eof) {
                byte[] rest = readBytes(-1);
                eof = true;
                sb.append(decode(rest, 0, rest.length));
            }
            return translate(sb.toString());
        }
        for (;;) {
            int end = limitEnd(pending.length(), n);
            boolean enough = universal() ? countTranslated(pending) > n || (countTranslated(pending) == n && !pending.endsWith("\r"))
                    : pending.length() >= n;
            if (enough || !moreText()) {
                if (!enough) end = pending.length();
                String s = pending.substring(0, end);
                pending = pending.substring(end);
                return translate(s);
            }
        }
    }

    private static int countTranslated(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            n++;
        }
        return n;
    }

    int writeText(String s) {
        prepareWrite();
        String out = s;
        if (newline == null) {
            // os.linesep is "\n": nothing to translate
        } else if (newline.equals("\r") || newline.equals("\r\n")) {
            out = s.replace("\n", newline);
        }
        byte[] b = encode(out);
        appendBytes(b, 0, b.length);
        if (wlen >= BUFSIZE || lineBuffering && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) flushWrites();
        return s.length();
    }

    // ---- positioning --------------------------------------------------------------------------

    long tell() {
        if (wlen > 0) flushWrites();
        long pos = rawTell();
        pos -= rlen - rpos;
        if (!pending.isEmpty()) pos -= encode(pending).length;
        return pos;
    }

    long seek(long off, int whence) {
        flushWrites();
        rpos = rlen = 0;
        pending = "";
        eof = false;
        long target;
        switch (whence) {
            case 0: target = off; break;
            case 1: target = rawTell() + off; break;
            case 2: target = rawSize() + off; break;
            default: throw Py.ValueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (target < 0) throw OsErrors.error(OsErrors.EINVAL);
        if (appendOut != null) return rawTell();
        return rawSeek(target);
    }

    /** Position after a relative seek in text mode, where only seek(0, 1) / seek(0, 2) are allowed. */
    long truncate(Object size) {
        flushWrites();
        long pos = size == Py.None ? tell() : Ops.asIndex(size);
        dropReadAhead();
        RandomAccessFile f = raf;
        if (f == null) throw Py.raise(UNSUPPORTED, "truncate");
        io(() -> { f.setLength(pos); return null; });
        return pos;
    }

    void flush() {
        flushWrites();
    }

    // ---- closing ------------------------------------------------------------------------------

    /** close(): flush, then close the raw file; idempotent. */
    void close() {
        if (closed) return;
        try {
            flushWrites();
        } finally {
            closeRaw();
        }
    }

    private void closeRaw() {
        if (closed) return;
        closed = true;
        IoRuntime.of(interp).closed(this);
        IoRuntime.freeFd(fd);
        try {
            settleTruncate();
            if (raf != null) raf.close();
            if (appendOut != null) appendOut.close();
        } catch (IOException e) {
            // nothing more to do
        }
        raf = null;
        appendOut = null;
        rbuf = new byte[0];
        wbuf = new byte[0];
        pending = "";
    }

    @Override public void closeAtExit(boolean flush) {
        if (closed) return;
        if (flush) {
            try {
                flushWrites();
            } catch (RuntimeException e) {
                // ignored at exit
            }
        }
        closeRaw();
    }

    @Override protected boolean hasFinalizer() { return !closed; }

    @Override protected void finalizeObject() {
        try {
            close();
        } catch (PyException e) {
            interp.stderrWrite("Exception ignored in: " + Ops.repr(this) + "\n" + Tracebacks.format(e.value));
        } catch (RuntimeException e) {
            closeRaw();
        }
    }

    String repr() {
        String nm = name instanceof String || name instanceof PyBytes ? Ops.repr(name) : Ops.repr(name);
        if (type == TEXT) return "<_io.TextIOWrapper name=" + nm + " mode=" + Ops.repr(mode) + " encoding=" + Ops.repr(encoding) + ">";
        if (type == RAW) {
            if (closed) return "<_io.FileIO [closed]>";
            return "<_io.FileIO name=" + nm + " mode=" + Ops.repr(mode) + " closefd=True>";
        }
        return "<_io." + type.name + " name=" + nm + ">";
    }

    String newlines() {
        switch (seenNewlines) {
            case 0: return null;
            case 1: return "\r";
            case 2: return "\n";
            case 4: return "\r\n";
            default: return "*";
        }
    }
}
