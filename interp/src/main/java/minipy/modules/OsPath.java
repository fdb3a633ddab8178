package minipy.modules;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import minipy.runtime.*;
import minipy.vm.Interp;

/** os.path (CPython's posixpath): string operations on paths, and a few file tests. */
final class OsPath {
    private OsPath() {}

    static String join(String a, String... rest) {
        String path = a;
        for (String b : rest) {
            if (b.startsWith("/")) path = b;
            else if (path.isEmpty() || path.endsWith("/")) path = path + b;
            else path = path + "/" + b;
        }
        return path;
    }

    static String normpath(String path) {
        if (path.isEmpty()) return ".";
        int initial = path.startsWith("/") ? (path.startsWith("//") && !path.startsWith("///") ? 2 : 1) : 0;
        List<String> out = new ArrayList<>();
        for (String comp : path.split("/")) {
            if (comp.isEmpty() || comp.equals(".")) continue;
            if (!comp.equals("..") || (initial == 0 && out.isEmpty()) || (!out.isEmpty() && out.get(out.size() - 1).equals(".."))) {
                out.add(comp);
            } else if (!out.isEmpty()) {
                out.remove(out.size() - 1);
            }
        }
        String s = "/".repeat(initial) + String.join("/", out);
        return s.isEmpty() ? "." : s;
    }

    static String abspath(String p) {
        if (!p.startsWith("/")) p = join(OsFiles.cwd(), p);
        return normpath(p);
    }

    static PyTuple split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i), tail = p.substring(i);
        if (!head.isEmpty() && !head.matches("/+")) head = head.replaceAll("/+$", "");
        return PyTuple.of(head, tail);
    }

    static PyTuple splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            int fi = sep + 1;
            while (fi < dot) {
                if (p.charAt(fi) != '.') return PyTuple.of(p.substring(0, dot), p.substring(dot));
                fi++;
            }
        }
        return PyTuple.of(p, "");
    }

    private static String s(Object o) { return OsFiles.path(o); }

    private static boolean test(Object o, java.util.function.Predicate<Path> t) {
        if (o instanceof Long) return false;
        String p;
        try {
            p = s(o);
            return t.test(Path.of(p));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("posixpath");
        m.set("sep", "/");
        m.set("curdir", ".");
        m.set("pardir", "..");
        m.set("extsep", ".");
        m.set("altsep", Py.None);
        m.set("pathsep", ":");
        m.set("devnull", "/dev/null");
        m.def("join", (a, k) -> {
            if (a.length == 0) throw Py.TypeError("join() missing 1 required positional argument: 'a'");
            String[] rest = new String[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                if (!(a[i] instanceof String)) throw Py.TypeError("join() argument must be str, bytes, or os.PathLike object, not '" + Ops.typeName(a[i]) + "'");
                rest[i - 1] = (String) a[i];
            }
            return join(s(a[0]), rest);
        });
        m.def("normpath", (a, k) -> normpath(s(a[0])));
        m.def("abspath", (a, k) -> abspath(s(a[0])));
        m.def("realpath", (a, k) -> {
            String p = abspath(s(a[0]));
            try {
                return Path.of(p).toRealPath().toString();
            } catch (Exception e) {
                return p;
            }
        });
        m.def("basename", (a, k) -> {
            String p = s(a[0]);
            return p.substring(p.lastIndexOf('/') + 1);
        });
        m.def("dirname", (a, k) -> split(s(a[0])).get(0));
        m.def("split", (a, k) -> split(s(a[0])));
        m.def("splitext", (a, k) -> splitext(s(a[0])));
        m.def("isabs", (a, k) -> s(a[0]).startsWith("/"));
        m.def("exists", (a, k) -> test(a[0], q -> Files.exists(q)));
        m.def("lexists", (a, k) -> test(a[0], q -> Files.exists(q, LinkOption.NOFOLLOW_LINKS)));
        m.def("isfile", (a, k) -> test(a[0], q -> Files.isRegularFile(q)));
        m.def("isdir", (a, k) -> test(a[0], q -> Files.isDirectory(q)));
        m.def("islink", (a, k) -> test(a[0], q -> Files.isSymbolicLink(q)));
        m.def("getsize", (a, k) -> {
            String p = s(a[0]);
            PyFile.settlePending(interp, p);
            return OsFiles.fs(interp, a[0], () -> Files.size(Path.of(p)));
        });
        m.def("getmtime", (a, k) -> {
            String p = s(a[0]);
            return OsFiles.fs(interp, a[0], () -> Files.getLastModifiedTime(Path.of(p)).toMillis() / 1000.0);
        });
        m.def("getatime", (a, k) -> {
            String p = s(a[0]);
            return OsFiles.fs(interp, a[0], () -> Files.getLastModifiedTime(Path.of(p)).toMillis() / 1000.0);
        });
        m.def("expanduser", (a, k) -> {
            String p = s(a[0]);
            if (p.equals("~") || p.startsWith("~/")) return System.getProperty("user.home") + p.substring(1);
            return p;
        });
        m.def("relpath", (a, k) -> {
            String p = abspath(s(a[0]));
            String start = abspath(a.length > 1 ? s(a[1]) : OsFiles.cwd());
            String r = Path.of(start).relativize(Path.of(p)).toString();
            return r.isEmpty() ? "." : r;
        });
        m.def("commonprefix", (a, k) -> {
            Object[] items = Iter.toArray(a[0]);
            if (items.length == 0) return "";
            String pre = (String) items[0];
            for (Object o : items) {
                String x = (String) o;
                int i = 0;
                while (i < pre.length() && i < x.length() && pre.charAt(i) == x.charAt(i)) i++;
                pre = pre.substring(0, i);
            }
            return pre;
        });
        m.def("samefile", (a, k) -> new File(abspath(s(a[0]))).equals(new File(abspath(s(a[1])))));
        return m;
    }
}
