package minipy.modules;

import minipy.runtime.*;
import minipy.vm.Interp;

/** open(): text and binary files (see {@link PyFile}), with CPython's argument checks. */
final class FileIO {
    private FileIO() {}

    static Object open(Interp interp, Object[] a, String[] k) {
        Object file = Args.get(a, k, 0, "file", null);
        if (file == null) throw Py.TypeError("open() missing required argument 'file' (pos 1)");
        Object modeObj = Args.get(a, k, 1, "mode", "r");
        Object bufObj = Args.get(a, k, 2, "buffering", -1L);
        Object encObj = Args.get(a, k, 3, "encoding", Py.None);
        Object errObj = Args.get(a, k, 4, "errors", Py.None);
        Object nlObj = Args.get(a, k, 5, "newline", Py.None);
        Object closefd = Args.get(a, k, 6, "closefd", true);
        if (!(modeObj instanceof String mode)) throw Py.TypeError("open() argument 'mode' must be str, not " + Ops.typeName(modeObj));
        if (encObj != Py.None && !(encObj instanceof String)) throw Py.TypeError("open() argument 'encoding' must be str or None, not " + Ops.typeName(encObj));
        if (errObj != Py.None && !(errObj instanceof String)) throw Py.TypeError("open() argument 'errors' must be str or None, not " + Ops.typeName(errObj));
        if (nlObj != Py.None && !(nlObj instanceof String)) throw Py.TypeError("open() argument 'newline' must be str or None, not " + Ops.typeName(nlObj));
        long buffering = Ops.asIndex(bufObj);

        String path;
        if (file instanceof String s) path = s;
        else if (file instanceof PyBytes b && !(file instanceof PyByteArray)) path = new String(b.bytes, java.nio.charset.StandardCharsets.UTF_8);
        else if (file instanceof Long || file instanceof Boolean) throw Py.raise(PyFile.UNSUPPORTED, "open() of a file descriptor is not supported");
        else {
            Object fspath = Ops.typeOf(file).lookup("__fspath__");
            if (fspath == null) throw Py.TypeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(file));
            Object p = Ops.callMethod(fspath, file);
            if (!(p instanceof String s)) throw Py.TypeError("expected " + Ops.typeName(file) + ".__fspath__() to return str or bytes, not " + Ops.typeName(p));
            path = s;
            file = s;
        }
        if (path.indexOf('\0') >= 0) throw Py.ValueError("embedded null byte");

        boolean creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        String seen = "";
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("xrwa+tb".indexOf(c) < 0 || seen.indexOf(c) >= 0) throw Py.ValueError("invalid mode: '" + mode + "'");
            seen += c;
            switch (c) {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
                default: break;
            }
        }
        if (text && binary) throw Py.ValueError("can't have text and binary mode at once");
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds != 1) throw Py.ValueError("must have exactly one of create/read/write/append mode");
        if (binary && encObj != Py.None) throw Py.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errObj != Py.None) throw Py.ValueError("binary mode doesn't take an errors argument");
        if (binary && nlObj != Py.None) throw Py.ValueError("binary mode doesn't take a newline argument");
        if (binary && buffering == 1) {
            // CPython warns (RuntimeWarning) and uses the default buffer size
            buffering = -1;
        }
        String newline = nlObj == Py.None ? null : (String) nlObj;
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw Py.ValueError("illegal newline value: " + newline);
        }
        if (!Ops.truthy(closefd)) throw Py.ValueError("Cannot use closefd=False with file name");
        boolean unbuffered = buffering == 0;
        if (unbuffered && !binary) throw Py.ValueError("can't have unbuffered text I/O");
        String encoding = "UTF-8";
        if (encObj != Py.None) {
            encoding = (String) encObj;
            StrMethods.encode("", encoding, "strict");   // LookupError for an unknown encoding
        }
        String errors = errObj == Py.None ? "strict" : (String) errObj;

        boolean readable = reading || updating, writable = !reading || updating;
        PyType type;
        String fmode;
        if (!binary) {
            type = PyFile.TEXT;
            fmode = mode;
        } else {
            if (unbuffered) type = PyFile.RAW;
            else if (updating) type = PyFile.RANDOM;
            else if (reading) type = PyFile.READER;
            else type = PyFile.WRITER;
            if (creating) fmode = readable ? "xb+" : "xb";
            else if (appending) fmode = readable ? "ab+" : "ab";
            else if (readable) fmode = writable ? "rb+" : "rb";
            else fmode = "wb";
        }
        PyFile.settlePending(interp, path);
        PyFile f = new PyFile(interp, type, file, path, fmode, readable, writable, appending, !binary,
                binary ? null : encoding, binary ? null : errors, newline, !binary && buffering == 1, unbuffered);
        f.openRaw(!reading, writing, creating);
        return f;
    }
}
