package minipy.vm;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import minipy.modules.NativeModules;
import minipy.runtime.*;

/**
 * The import system: native modules (Java), stdlib modules written in minipy (classpath
 * resources under minipy/stdlib), and .py files on sys.path. A module is created and run
 * once; the import lock makes concurrent first imports wait for the one running.
 */
public final class Importer {
    private final Interp interp;
    private final Map<String, Function<Interp, PyModule>> natives = NativeModules.table();
    private final Object lock = new Object();

    Importer(Interp interp) { this.interp = interp; }

    /** IMPORT_NAME: the top-level package for "import a.b", the module itself with a fromlist. */
    public Object importName(String name, PyDict globals, Object fromlist, int level) {
        if (level > 0) name = resolveRelative(name, globals, level);
        PyModule m = importModule(name);
        boolean hasFrom = fromlist != Py.None && fromlist != null && Ops.truthy(fromlist);
        if (hasFrom || !name.contains(".")) return m;
        return interp.modules.get(name.substring(0, name.indexOf('.')));
    }

    private String resolveRelative(String name, PyDict globals, int level) {
        Object pkg = globals == null ? null : globals.getStr("__package__");
        String base = pkg instanceof String s ? s : "";
        String[] parts = base.isEmpty() ? new String[0] : base.split("\\.");
        int keep = parts.length - (level - 1);
        if (keep < 0 || base.isEmpty()) throw Py.raise(Exc.ImportError, "attempted relative import with no known parent package");
        String prefix = String.join(".", java.util.Arrays.copyOf(parts, keep));
        return name.isEmpty() ? prefix : prefix + "." + name;
    }

    public PyModule importModule(String name) {
        Object m = interp.modules.get(name);
        if (m instanceof PyModule pm) return pm;
        synchronized (lock) {
            m = interp.modules.get(name);
            if (m instanceof PyModule pm) return pm;
            int dot = name.lastIndexOf('.');
            PyModule parent = dot > 0 ? importModule(name.substring(0, dot)) : null;
            // the parent package's __init__ may have imported this module already (as CPython, reuse it)
            m = interp.modules.get(name);
            if (m instanceof PyModule pm) return pm;
            PyModule mod = load(name);
            if (parent != null) parent.set(name.substring(dot + 1), mod);
            return mod;
        }
    }

    private PyModule load(String name) {
        Function<Interp, PyModule> nat = natives.get(name);
        if (nat != null) {
            PyModule m = nat.apply(interp);
            interp.modules.put(name, m);
            return m;
        }
        String rel = name.replace('.', '/');
        for (Object dir : searchPath()) {
            Path base = Path.of(Ops.str(dir));
            Path file = base.resolve(rel + ".py");
            if (Files.isRegularFile(file)) return runFile(name, file.toString(), read(file), false);
            Path init = base.resolve(rel).resolve("__init__.py");
            if (Files.isRegularFile(init)) return runFile(name, init.toString(), read(init), true);
        }
        String res = "/minipy/stdlib/" + rel + ".py";
        try (InputStream in = Importer.class.getResourceAsStream(res)) {
            if (in != null) return runFile(name, "<frozen " + name + ">", new String(in.readAllBytes(), StandardCharsets.UTF_8), false);
        } catch (java.io.IOException e) {
            throw Py.raise(Exc.ImportError, e.toString());
        }
        // Packages among the stdlib resources (e.g. concurrent/futures/__init__.py): run the
        // __init__.py as the package; its submodules are then found by the lookup above, by name.
        String pkgRes = "/minipy/stdlib/" + rel + "/__init__.py";
        try (InputStream in = Importer.class.getResourceAsStream(pkgRes)) {
            if (in != null) return runFile(name, "<frozen " + name + ">", new String(in.readAllBytes(), StandardCharsets.UTF_8), true);
        } catch (java.io.IOException e) {
            throw Py.raise(Exc.ImportError, e.toString());
        }
        throw Exc.moduleNotFound(name);
    }

    private Object[] searchPath() {
        Object sys = interp.modules.get("sys");
        if (sys instanceof PyModule m && m.get("path") instanceof PyList l) return l.toArray();
        return new Object[] {interp.scriptDir};
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw Py.raise(Exc.ImportError, e.toString());
        }
    }

    private PyModule runFile(String name, String filename, String source, boolean pkg) {
        PyModule m = new PyModule(name);
        m.set("__file__", filename);
        m.set("__builtins__", interp.builtins);
        m.set("__package__", pkg ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        // A package has a __path__ (code tests hasattr(m, '__path__')): its folder, or for a
        // classpath resource the resource folder.
        if (pkg) {
            String dir = filename.startsWith("<frozen ") ? "/minipy/stdlib/" + name.replace('.', '/')
                    : Path.of(filename).getParent().toString();
            m.set("__path__", new PyList(new Object[] {dir}, 1));
        }
        interp.modules.put(name, m);
        try {
            PyCode code = CodeCache.compile(interp, source, filename);   // shared by all interpreters (issue 4)
            Interpreter.runModule(code, m.dict);
        } catch (RuntimeException e) {
            interp.modules.remove(name);
            throw e;
        }
        return m;
    }

    public Object importFrom(Object module, String name) {
        Object v = Ops.getattrOrNull(module, name);
        if (v != null) return v;
        if (module instanceof PyModule m) {
            try {
                return importModule(m.name + "." + name);
            } catch (PyException e) {
                if (!e.matches(Exc.ImportError)) throw e;
            }
            PyBaseException e = new PyBaseException(Exc.ImportError, "cannot import name '" + name + "' from '" + m.name + "'"
                    + (m.get("__file__") instanceof String f ? " (" + f + ")" : " (unknown location)"));
            throw e.raise();
        }
        throw Py.raise(Exc.ImportError, "cannot import name '" + name + "'");
    }

    public void importStar(Object module, PyDict target) {
        PyModule m = (PyModule) module;
        Object all = m.get("__all__");
        if (all != null) {
            for (Object n : Iter.toArray(all)) target.put(n, Ops.getattr(m, (String) n));
            return;
        }
        for (int i = 0; i < m.dict.positions(); i++) {
            Object k = m.dict.keyAt(i);
            if (k instanceof String s && !s.startsWith("_")) target.put(k, m.dict.valueAt(i));
        }
    }
}
