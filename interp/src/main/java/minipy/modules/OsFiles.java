package minipy.modules;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/**
 * The file-system part of os (remove, listdir, mkdir, makedirs, rename, stat...) and the
 * os.path module (CPython's posixpath). Blocking calls release the GIL.
 */
public final class OsFiles {
    private OsFiles() {}

    static final PyType STAT_RESULT = PyStructSeq.newType("os", "stat_result",
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime");

    interface FsAction<T> { T run() throws IOException; }

    /** Runs a file-system call with the GIL released; Java errors become OSError with filename. */
    static <T> T fs(Interp interp, Object filename, FsAction<T> a) {
        ThreadState ts = ThreadState.current();
        Object[] r = interp.gil.blocking(ts, () -> {
            try {
                return new Object[] {a.run(), null};
            } catch (IOException e) {
                return new Object[] {null, e};
            } catch (java.nio.file.InvalidPathException e) {
                return new Object[] {null, new java.nio.file.NoSuchFileException(String.valueOf(filename))};
            }
        });
        if (r[1] != null) throw OsErrors.fromJava((IOException) r[1], filename);
        @SuppressWarnings("unchecked") T v = (T) r[0];
        return v;
    }

    /** A path argument: str, bytes or os.PathLike. */
    static String path(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBytes b) return new String(b.bytes, java.nio.charset.StandardCharsets.UTF_8);
        Object fspath = Ops.typeOf(o).lookup("__fspath__");
        if (fspath != null) return path(Ops.callMethod(fspath, o));
        throw Py.TypeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(o));
    }

    static Path p(String s) { return Path.of(s.isEmpty() ? "" : s); }

    static void install(Interp interp, PyModule m) {
        PyModule path = OsPath.create(interp);
        m.set("path", path);
        m.set("curdir", ".");
        m.set("pardir", "..");
        m.set("extsep", ".");
        m.set("altsep", Py.None);
        m.set("pathsep", ":");
        m.set("devnull", "/dev/null");
        m.set("SEEK_SET", 0L);
        m.set("SEEK_CUR", 1L);
        m.set("SEEK_END", 2L);
        m.set("F_OK", 0L);
        m.set("R_OK", 4L);
        m.set("W_OK", 2L);
        m.set("X_OK", 1L);
        m.set("error", Exc.OSError);
        m.set("stat_result", STAT_RESULT);
        NativeFn remove = (a, k) -> {
            Object name = Args.get(a, k, 0, "path", null);
            String s = path(name);
            fs(interp, name, () -> {
                Path q = p(s);
                if (Files.isDirectory(q, LinkOption.NOFOLLOW_LINKS)) throw new IOException("(Is a directory)");
                Files.delete(q);
                return null;
            });
            return Py.None;
        };
        m.def("remove", remove);
        m.def("unlink", remove);
        m.def("rmdir", (a, k) -> {
            Object name = a[0];
            String s = path(name);
            fs(interp, name, () -> {
                Path q = p(s);
                if (Files.exists(q) && !Files.isDirectory(q)) throw new IOException("(Not a directory)");
                Files.delete(q);
                return null;
            });
            return Py.None;
        });
        m.def("listdir", (a, k) -> {
            Object name = Args.get(a, k, 0, "path", ".");
            String s = path(name);
            List<String> names = fs(interp, name, () -> {
                Path q = p(s);
                if (Files.exists(q) && !Files.isDirectory(q)) throw new IOException("(Not a directory)");
                List<String> out = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(q)) {
                    for (Path c : ds) out.add(c.getFileName().toString());
                }
                return out;
            });
            PyList l = new PyList();
            for (String n : names) l.append(name instanceof PyBytes ? new PyBytes(n.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : n);
            return l;
        });
        m.def("mkdir", (a, k) -> {
            Object name = Args.get(a, k, 0, "path", null);
            String s = path(name);
            fs(interp, name, () -> {
                Path q = p(s);
                if (Files.exists(q, LinkOption.NOFOLLOW_LINKS)) throw new java.nio.file.FileAlreadyExistsException(s);
                Path parent = q.toAbsolutePath().getParent();
                if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) throw new IOException("(Not a directory)");
                Files.createDirectory(q);
                return null;
            });
            return Py.None;
        });
        m.def("makedirs", (a, k) -> {
            Object name = Args.get(a, k, 0, "name", null);
            boolean existOk = Ops.truthy(Args.get(a, k, 2, "exist_ok", false));
            String s = path(name);
            fs(interp, name, () -> {
                Path q = p(s);
                if (Files.exists(q)) {
                    if (existOk && Files.isDirectory(q)) return null;
                    throw new java.nio.file.FileAlreadyExistsException(s);
                }
                for (Path c = q.toAbsolutePath().getParent(); c != null; c = c.getParent()) {
                    if (Files.exists(c)) {
                        if (!Files.isDirectory(c)) throw new IOException("(Not a directory)");
                        break;
                    }
                }
                Files.createDirectories(q);
                return null;
            });
            return Py.None;
        });
        NativeFn rename = (a, k) -> {
            Object src = a[0], dst = a[1];
            String s = path(src), d = path(dst);
            ThreadState ts = ThreadState.current();
            IOException err = interp.gil.blocking(ts, () -> {
                try {
                    Path from = p(s), to = p(d);
                    if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) throw new java.nio.file.NoSuchFileException(s);
                    if (Files.isDirectory(to) && !Files.isDirectory(from)) throw new IOException("(Is a directory)");
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return null;
                } catch (IOException e) {
                    return e;
                }
            });
            if (err != null) throw OsErrors.error2(OsErrors.errnoOf(err), src, dst);
            return Py.None;
        };
        m.def("rename", rename);
        m.def("replace", rename);
        NativeFn stat = (a, k) -> {
            Object name = Args.get(a, k, 0, "path", null);
            String s = path(name);
            PyFile.settlePending(interp, s);
            BasicFileAttributes at = fs(interp, name, () -> Files.readAttributes(p(s), BasicFileAttributes.class));
            return statResult(s, at);
        };
        m.def("stat", stat);
        m.def("lstat", stat);
        m.def("access", (a, k) -> {
            File f = new File(path(a[0]));
            long mode = Ops.asIndex(a[1]);
            if (!f.exists()) return false;
            if ((mode & 4) != 0 && !f.canRead()) return false;
            if ((mode & 2) != 0 && !f.canWrite()) return false;
            if ((mode & 1) != 0 && !f.canExecute()) return false;
            return true;
        });
        m.def("getcwd", (a, k) -> cwd());
        m.def("getcwdb", (a, k) -> new PyBytes(cwd().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        m.def("fspath", (a, k) -> {
            if (a[0] instanceof String || a[0] instanceof PyBytes) return a[0];
            return path(a[0]);
        });
        m.def("close", (a, k) -> {
            IoRuntime.freeFd((int) Ops.asIndex(a[0]));
            return Py.None;
        });
        m.def("fsync", (a, k) -> Py.None);
        m.def("strerror", (a, k) -> OsErrors.strerror((int) Ops.asIndex(a[0])));
        m.def("walk", (a, k) -> {
            String top = path(Args.get(a, k, 0, "top", "."));
            boolean topdown = Ops.truthy(Args.get(a, k, 1, "topdown", true));
            PyList out = new PyList();
            walk(interp, top, topdown, out);
            return Iter.iter(out);
        });
    }

    private static void walk(Interp interp, String top, boolean topdown, PyList out) {
        File d = new File(top);
        String[] names = d.list();
        if (names == null) return;
        java.util.Arrays.sort(names);
        PyList dirs = new PyList(), files = new PyList();
        for (String n : names) {
            if (new File(d, n).isDirectory()) dirs.append(n);
            else files.append(n);
        }
        PyTuple t = PyTuple.of(top, dirs, files);
        if (topdown) out.append(t);
        for (Object n : dirs.toArray()) walk(interp, OsPath.join(top, (String) n), topdown, out);
        if (!topdown) out.append(t);
    }

    static String cwd() { return System.getProperty("user.dir"); }

    static PyStructSeq statResult(String s, BasicFileAttributes at) {
        long mode = at.isDirectory() ? 0040755 : at.isSymbolicLink() ? 0120777 : 0100644;
        File f = new File(s);
        if (!at.isDirectory()) {
            mode = 0100000 | (f.canRead() ? 0444 : 0) | (f.canWrite() ? 0200 : 0) | (f.canExecute() ? 0111 : 0);
        }
        Object key = at.fileKey();
        long ino = key == null ? 0 : key.hashCode() & 0xffffffffL;
        return new PyStructSeq(STAT_RESULT, mode, ino, 0L, 1L, 0L, 0L, at.size(),
                at.lastAccessTime().toMillis() / 1000.0, at.lastModifiedTime().toMillis() / 1000.0,
                at.lastModifiedTime().toMillis() / 1000.0);
    }
}
