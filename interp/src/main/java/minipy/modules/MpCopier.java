package minipy.modules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import minipy.runtime.*;
import minipy.runtime.PyWrappers.ClassMethod;
import minipy.runtime.PyWrappers.Property;
import minipy.runtime.PyWrappers.StaticMethod;
import minipy.vm.Interp;
import minipy.vm.PyCode;
import minipy.vm.PyFunction;

/**
 * Moving objects between interpreters (minipy processes in one JVM) without ever sharing a
 * live object: the sender {@link Encoder encodes} a graph of its objects into a neutral form
 * (plain Java nodes that belong to no interpreter and hold no reference counts), and the
 * receiver {@link Decoder decodes} that form into new objects of its own heap. Identity is kept
 * within one message (a memo on each side), so shared substructure and cycles survive.
 *
 * <p>Two policies, as CPython's two ways of getting objects into a child:
 * <ul>
 *   <li>{@link #FORK}: the state of the parent at {@code start()}. Modules loaded from files
 *       (and {@code __main__}) are copied by value; functions and classes of those modules are
 *       recreated (their globals become the copied module dicts); library modules (native, or
 *       minipy's stdlib) are not copied but imported afresh in the child, and their functions and
 *       classes are found there by module and qualified name.</li>
 *   <li>{@link #PICKLE}: what pickle can do (queue items, pipe messages, pool tasks and results,
 *       the process object for the spawn start method): functions and classes by reference only
 *       (module + qualname, looked up in the receiver), and the objects pickle refuses raise the
 *       same errors as CPython's pickle.</li>
 * </ul>
 * Values that hold no references (int, float, str, bool) are plain Java values and pass as they
 * are, and so do immortal objects that are the same in every interpreter (builtin types, code
 * objects, None...). Native cross-interpreter objects implement {@link MpShareable}.
 */
public final class MpCopier {
    private MpCopier() {}

    public static final boolean FORK = true, PICKLE = false;

    /** pickle.PickleError / pickle.PicklingError (module _pickle, as CPython's). */
    public static final PyType PICKLE_ERROR = errorType("PickleError", Exc.Exception);
    public static final PyType PICKLING_ERROR = errorType("PicklingError", PICKLE_ERROR);
    public static final PyType UNPICKLING_ERROR = errorType("UnpicklingError", PICKLE_ERROR);

    private static PyType errorType(String name, PyType base) {
        PyType t = new PyType(name, new PyType[] {base}, false);
        t.allocator = PyBaseException::new;
        t.module = "_pickle";
        return t.immortal();
    }

    // ---- the neutral form -------------------------------------------------------------------
    static final class NTuple { Object[] items; }
    static final class NStructSeq { PyType type; Object[] items; }
    static final class NList { Object type; Object[] items; Object instDict; }
    static final class NDict { Object type; Object[] keys, values; Object instDict; }
    static final class NSet { Object type; boolean frozen; Object[] items; }
    static final class NBytes { byte[] bytes; boolean mutable; }
    static final class NGlobal { String module, qualname; }
    static final class NModule { String name; }
    static final class NModuleCopy { String name; Object dict; }
    static final class NModuleDict { String name; }
    static final class NClass { String name, qualname, module; Object[] bases; Object meta; Object dict; }
    static final class NFunction {
        PyCode code; Object globals; Object[] defaults; Object kwdefaults; Object[] closure;
        String name, qualname; Object doc, dict, module;
    }
    static final class NCell { Object value; }
    static final class NMethod { Object func, self; }
    static final class NBuiltinMethod { Object self; String name; }
    static final class NInstance { Object cls; Object dict; Object state; boolean setstate; }
    static final class NException { Object cls; Object args; Object dict; Object extra; }
    static final class NWrapper { int kind; Object a, b, c, d; }
    static final class NLock { boolean locked; }
    static final class NRLock { int count; }
    static final class NShared { MpShareable.Adoptable what; }
    static final class NRange { long start, stop, step; }
    static final class NSlice { Object start, stop, step; }
    static final class NStream { int fd; }
    /** Something the fork copy cannot recreate (a generator, an iterator...): None in the child. */
    static final Object UNAVAILABLE = new Object();

    // ---- encoding (in the sender, holding its GIL) ------------------------------------------
    public static final class Encoder {
        final Interp src;
        final boolean fork;
        final IdentityHashMap<Object, Object> memo = new IdentityHashMap<>();
        /** Module dicts of the sender: module name by dict. */
        final IdentityHashMap<PyDict, String> moduleDicts = new IdentityHashMap<>();
        /** Modules copied by value (fork): those loaded from files, and __main__. */
        final IdentityHashMap<PyModule, String> copied = new IdentityHashMap<>();

        public Encoder(Interp src, boolean fork) {
            this.src = src;
            this.fork = fork;
            Object[] snap = src.modules.snapshot();
            for (int i = 0; i + 1 < snap.length; i += 2) {
                if (snap[i] instanceof String name && snap[i + 1] instanceof PyModule m) {
                    moduleDicts.putIfAbsent(m.dict, name);
                    if (fork && isUserModule(name, m)) copied.putIfAbsent(m, name);
                }
            }
        }

        /** __main__ and modules run from files on sys.path (not native, not minipy's stdlib). */
        static boolean isUserModule(String name, PyModule m) {
            if (name.equals("__main__") || name.equals("__mp_main__")) return true;
            return m.get("__file__") instanceof String f && !f.startsWith("<");
        }

        /** Fork: the user modules, as (name, NModuleCopy) pairs, in the sender's order. */
        public List<Object[]> encodeUserModules() {
            List<Object[]> out = new ArrayList<>();
            Object[] snap = src.modules.snapshot();
            for (int i = 0; i + 1 < snap.length; i += 2) {
                if (snap[i] instanceof String name && snap[i + 1] instanceof PyModule m && copied.containsKey(m)) {
                    out.add(new Object[] {name, enc(m)});
                }
            }
            return out;
        }

        public Object enc(Object o) {
            if (!(o instanceof PyObject p)) return o;   // null, int, float, str, bool
            Object m = memo.get(o);
            if (m != null) return m;
            if (p instanceof MpShareable sh) {
                NShared n = new NShared();
                n.what = sh.export();
                memo.put(o, n);
                return n;
            }
            if (p instanceof StreamObject s) {
                NStream n = new NStream();
                n.fd = s.fd;
                return remember(o, n);
            }
            if (p instanceof PyModule mod) return encModule(mod);
            if (p instanceof PyBuiltinFunction bf) return encBuiltin(bf);
            if (p instanceof PyType t) return t.heap ? encClass(t) : o;
            if (p instanceof PyFunction f) return encFunction(f);
            if (p.isImmortal()) return o;
            if (p instanceof PyStructSeq ss) {
                NStructSeq n = new NStructSeq();
                memo.put(o, n);
                n.type = ss.type();
                n.items = encAll(ss.items);
                return n;
            }
            if (p instanceof PyTuple t) {
                NTuple n = new NTuple();
                memo.put(o, n);
                n.items = encAll(t.items);
                return n;
            }
            if (p instanceof PyList l) {
                NList n = new NList();
                memo.put(o, n);
                n.type = l.type() == PyType.LIST ? null : enc(l.type());
                n.items = encAll(l.toArray());
                n.instDict = l.instDict == null ? null : enc(l.instDict);
                return n;
            }
            if (p instanceof PyDict d) return encDict(d);
            if (p instanceof PySet s) {
                NSet n = new NSet();
                memo.put(o, n);
                PyType t = s.type();
                n.frozen = s.frozen;
                n.type = t == PyType.SET || t == PyType.FROZENSET ? null : enc(t);
                n.items = encAll(s.toArray());
                return n;
            }
            if (p instanceof PyBytes b) {
                NBytes n = new NBytes();
                n.bytes = b.bytes.clone();
                n.mutable = b instanceof PyByteArray;
                return remember(o, n);
            }
            if (p instanceof PyBaseException e) {
                NException n = new NException();
                memo.put(o, n);
                n.cls = enc(e.type());
                n.args = enc(e.args);
                n.dict = e.dict != null && e.dict.size() > 0 ? enc(e.dict) : null;
                n.extra = e.extra instanceof Object[] arr ? encAll(arr) : e.extra == null ? null : enc(e.extra);
                return n;
            }
            if (p instanceof PyInstance inst) return encInstance(inst);
            if (p instanceof PyCell c) {
                if (!fork) throw cannot(o);
                NCell n = new NCell();
                memo.put(o, n);
                n.value = enc(c.value);
                return n;
            }
            if (p instanceof PyMethod bm && !fork && bm.func instanceof PyFunction bf) {
                // pickle: a bound method travels as getattr(self, name) (CPython's method.__reduce__)
                NBuiltinMethod n = new NBuiltinMethod();
                memo.put(o, n);
                n.self = enc(bm.self);
                n.name = bf.name;
                return n;
            }
            if (p instanceof PyMethod bm) {
                NMethod n = new NMethod();
                memo.put(o, n);
                n.func = enc(bm.func);
                n.self = enc(bm.self);
                return n;
            }
            if (p instanceof StaticMethod || p instanceof ClassMethod || p instanceof Property) {
                if (!fork) throw cannot(o);
                NWrapper n = new NWrapper();
                memo.put(o, n);
                if (p instanceof StaticMethod sm) { n.kind = 0; n.a = enc(sm.func); }
                else if (p instanceof ClassMethod cm) { n.kind = 1; n.a = enc(cm.func); }
                else {
                    Property pr = (Property) p;
                    n.kind = 2; n.a = enc(pr.fget); n.b = enc(pr.fset); n.c = enc(pr.fdel); n.d = enc(pr.doc);
                }
                return n;
            }
            if (p instanceof PyLock l) {
                if (!fork) throw cannot(o);
                NLock n = new NLock();
                n.locked = l.isLocked();
                return remember(o, n);
            }
            if (p instanceof PyRLock) {
                if (!fork) throw cannot(o);
                NRLock n = new NRLock();
                n.count = (int) Ops.asIndex(Ops.invoke(o, "_recursion_count"));
                return remember(o, n);
            }
            if (p instanceof PyRange r) {
                NRange n = new NRange();
                n.start = Ops.asIndex(r.start);
                n.stop = Ops.asIndex(r.stop);
                n.step = Ops.asIndex(r.step);
                return remember(o, n);
            }
            if (p instanceof PySlice s) {
                NSlice n = new NSlice();
                memo.put(o, n);
                n.start = enc(s.start);
                n.stop = enc(s.stop);
                n.step = enc(s.step);
                return n;
            }
            if (fork) return UNAVAILABLE;
            throw cannot(o);
        }

        private Object remember(Object o, Object n) {
            memo.put(o, n);
            return n;
        }

        private Object[] encAll(Object[] a) {
            Object[] r = new Object[a.length];
            for (int i = 0; i < a.length; i++) r[i] = enc(a[i]);
            return r;
        }

        private Object encDict(PyDict d) {
            if (fork) {
                String mod = moduleDicts.get(d);
                if (mod != null && !isCopiedName(mod)) {
                    NModuleDict n = new NModuleDict();
                    n.name = mod;
                    return remember(d, n);
                }
            }
            NDict n = new NDict();
            memo.put(d, n);
            PyType t = d.type();
            n.type = t == PyType.DICT ? null : enc(t);
            Object[] kv = d.snapshot();
            int cnt = kv.length / 2;
            n.keys = new Object[cnt];
            n.values = new Object[cnt];
            for (int i = 0; i < cnt; i++) {
                n.keys[i] = enc(kv[2 * i]);
                n.values[i] = enc(kv[2 * i + 1]);
            }
            n.instDict = d.instDict == null ? null : enc(d.instDict);
            return n;
        }

        private boolean isCopiedName(String name) {
            Object m = src.modules.get(name);
            return m instanceof PyModule pm && copied.containsKey(pm);
        }

        private Object encModule(PyModule mod) {
            if (!fork) throw cannot(mod);
            String name = copied.get(mod);
            if (name != null) {
                NModuleCopy n = new NModuleCopy();
                memo.put(mod, n);
                n.name = name;
                n.dict = enc(mod.dict);
                return n;
            }
            NModule n = new NModule();
            n.name = mod.name;
            return remember(mod, n);
        }

        private Object encBuiltin(PyBuiltinFunction bf) {
            if (bf.self != null) {
                NBuiltinMethod n = new NBuiltinMethod();
                memo.put(bf, n);
                n.self = enc(bf.self);
                n.name = bf.name;
                return n;
            }
            if (bf.isMethod) return bf;   // a method descriptor of a builtin type: the same everywhere
            if (bf.owner != null && lookup(bf.owner, bf.name) == bf) return global(bf, bf.owner, bf.name);
            if (bf.isImmortal() && fork) return bf;
            if (fork) return UNAVAILABLE;
            throw Py.raise(PICKLING_ERROR, "Can't pickle " + Ops.repr(bf) + ": it's not found as "
                    + (bf.owner == null ? "builtins" : bf.owner) + "." + bf.name);
        }

        private Object encClass(PyType t) {
            boolean copiedModule = fork && isCopiedName(t.module);
            if (!copiedModule) {
                if (lookup(t.module, t.qualname) == t) return global(t, t.module, t.qualname);
                if (!fork) {
                    if (t.qualname.contains("<locals>")) throw Py.AttributeError("Can't pickle local object '" + t.qualname + "'");
                    throw Py.raise(PICKLING_ERROR, "Can't pickle " + Ops.repr(t) + ": attribute lookup "
                            + t.qualname + " on " + t.module + " failed");
                }
            }
            NClass n = new NClass();
            memo.put(t, n);
            n.name = t.name;
            n.qualname = t.qualname;
            n.module = t.module;
            n.bases = encAll(t.bases);
            n.meta = t.metatype == null || t.metatype == PyType.TYPE ? null : enc(t.metatype);
            n.dict = enc(t.dict);
            return n;
        }

        private Object encFunction(PyFunction f) {
            String module = f.module instanceof String s ? s : "__main__";
            boolean copiedModule = fork && (moduleDicts.get(f.globals) == null || isCopiedName(moduleDicts.get(f.globals)));
            if (!copiedModule) {
                if (lookup(module, f.qualname) == f) return global(f, module, f.qualname);
                if (!fork) {
                    if (f.qualname.contains("<locals>")) throw Py.AttributeError("Can't pickle local object '" + f.qualname + "'");
                    throw Py.raise(PICKLING_ERROR, "Can't pickle " + Ops.repr(f) + ": attribute lookup "
                            + f.qualname + " on " + module + " failed");
                }
            }
            NFunction n = new NFunction();
            memo.put(f, n);
            n.code = f.code;
            n.globals = enc(f.globals);
            n.defaults = f.defaults == null ? null : encAll(f.defaults);
            n.kwdefaults = f.kwdefaults == null ? null : enc(f.kwdefaults);
            if (f.closure != null) n.closure = encAll(f.closure);
            n.name = f.name;
            n.qualname = f.qualname;
            n.doc = enc(f.doc);
            n.dict = f.dict == null ? null : enc(f.dict);
            n.module = enc(f.module);
            return n;
        }

        private Object encInstance(PyInstance inst) {
            NInstance n = new NInstance();
            memo.put(inst, n);
            n.cls = enc(inst.cls);
            if (!fork) {
                Object getstate = userSpecial(inst.cls, "__getstate__");
                if (getstate != null) {
                    n.state = enc(Ops.call(getstate, inst));
                    n.setstate = true;
                    return n;
                }
            }
            n.dict = enc(inst.dict);
            return n;
        }

        private Object global(Object o, String module, String qualname) {
            NGlobal n = new NGlobal();
            n.module = module;
            n.qualname = qualname;
            return remember(o, n);
        }

        /** module.qualname in the sender's loaded modules, or null. */
        Object lookup(String module, String qualname) {
            Object m = src.modules.get(module);
            if (!(m instanceof PyModule)) return null;
            Object cur = m;
            for (String part : qualname.split("\\.")) {
                if (part.equals("<locals>")) return null;
                try {
                    cur = Ops.getattrOrNull(cur, part);
                } catch (PyException e) {
                    return null;
                }
                if (cur == null) return null;
            }
            return cur;
        }

        private PyException cannot(Object o) {
            return Py.TypeError("cannot pickle '" + pickleName(o) + "' object");
        }
    }

    static String pickleName(Object o) {
        PyType t = Ops.typeOf(o);
        String mod = t.module;
        if (mod == null || mod.equals("builtins")) return t.name;
        return mod + "." + t.name;
    }

    /** A __getstate__/__setstate__ defined in Python by the class or a base (not object's). */
    static Object userSpecial(PyType cls, String name) {
        for (PyType t : cls.mro) {
            if (!t.heap) continue;
            Object v = t.dict.getStr(name);
            if (v instanceof PyFunction) return v;
        }
        return null;
    }

    // ---- decoding (in the receiver, on its thread, holding its GIL) -------------------------
    public static final class Decoder {
        final Interp dst;
        final IdentityHashMap<Object, Object> memo = new IdentityHashMap<>();
        /**
         * Every object made or found while decoding holds one reference owned by the decoder
         * until {@link #finish}, so that Python code run meanwhile (__setstate__, __hash__ of
         * dict keys, imports) cannot free an object that is not yet stored anywhere.
         */
        private final List<PyObject> owned = new ArrayList<>();

        public Decoder(Interp dst) { this.dst = dst; }

        /**
         * Drops the decoder's references. Objects nobody else took are freed after the current
         * instruction (Refs.release), so the caller can still return the decoded root.
         */
        public void finish() {
            for (PyObject p : owned) Refs.release(p);
            owned.clear();
        }

        /** Fork: recreates and registers the copied user modules (before anything refers to them). */
        public void installModules(List<Object[]> mods) {
            for (Object[] nm : mods) {
                String name = (String) nm[0];
                PyModule m = (PyModule) dec(nm[1]);
                Refs.incref(m);
                dst.modules.put(name, m);
            }
        }

        public Object dec(Object n) {
            if (n == null) return null;
            Object m = memo.get(n);
            if (m != null) return m;
            if (n instanceof NShared s) return put(n, s.what.adopt(dst));
            if (n instanceof NTuple t) {
                Object[] items = decAll(t.items);
                m = memo.get(n);
                if (m != null) return m;
                return put(n, PyTuple.of(items));
            }
            if (n instanceof NStructSeq t) return put(n, new PyStructSeq(t.type, decAll(t.items)));
            if (n instanceof NList l) {
                PyList r = l.type == null ? new PyList() : (PyList) ((PyType) dec(l.type)).allocator.apply((PyType) dec(l.type));
                put(n, r);
                for (Object it : l.items) r.append(dec(it));
                if (l.instDict != null) setInstDict(r, (PyDict) dec(l.instDict));
                return r;
            }
            if (n instanceof NDict d) {
                PyDict r = d.type == null ? new PyDict() : (PyDict) ((PyType) dec(d.type)).allocator.apply((PyType) dec(d.type));
                put(n, r);
                fillDict(r, d);
                if (d.instDict != null) setInstDict(r, (PyDict) dec(d.instDict));
                return r;
            }
            if (n instanceof NSet s) {
                PySet r = s.type == null ? new PySet(s.frozen) : new PySet((PyType) dec(s.type), s.frozen);
                put(n, r);
                for (Object it : s.items) r.add(dec(it));
                return r;
            }
            if (n instanceof NBytes b) return put(n, b.mutable ? new PyByteArray(b.bytes.clone()) : new PyBytes(b.bytes.clone()));
            if (n instanceof NGlobal g) return put(n, resolve(g.module, g.qualname));
            if (n instanceof NModule mod) return put(n, module(mod.name));
            if (n instanceof NModuleDict md) return put(n, module(md.name).dict);
            if (n instanceof NModuleCopy mc) {
                PyDict d = (PyDict) dec(mc.dict);
                m = memo.get(n);
                if (m != null) return m;
                return put(n, new PyModule(mc.name, d));
            }
            if (n instanceof NClass c) return decClass(c);
            if (n instanceof NFunction f) return decFunction(f);
            if (n instanceof NCell c) {
                PyCell cell = new PyCell(null);
                put(n, cell);
                Object v = dec(c.value);
                if (v != null) cell.set(v);
                return cell;
            }
            if (n instanceof NMethod bm) {
                Object func = dec(bm.func), self = dec(bm.self);
                m = memo.get(n);
                if (m != null) return m;
                return put(n, new PyMethod(func, self));
            }
            if (n instanceof NBuiltinMethod bm) {
                Object self = dec(bm.self);
                m = memo.get(n);
                if (m != null) return m;
                return put(n, Ops.getattr(self, bm.name));
            }
            if (n instanceof NInstance in) return decInstance(in);
            if (n instanceof NException e) return decException(e);
            if (n instanceof NWrapper w) {
                Object a = dec(w.a);
                Object r = switch (w.kind) {
                    case 0 -> new StaticMethod(a);
                    case 1 -> new ClassMethod(a);
                    default -> new Property(a, dec(w.b), dec(w.c), dec(w.d));
                };
                return put(n, r);
            }
            if (n instanceof NLock l) {
                PyLock lock = new PyLock();
                if (l.locked) lock.sem.tryAcquire();
                return put(n, lock);
            }
            if (n instanceof NRLock l) {
                PyRLock lock = new PyRLock();
                for (int i = 0; i < l.count; i++) lock.acquire(true, -1);
                return put(n, lock);
            }
            if (n instanceof NRange r) return put(n, new PyRange(r.start, r.stop, r.step));
            if (n instanceof NSlice s) return put(n, new PySlice(dec(s.start), dec(s.stop), dec(s.step)));
            if (n instanceof NStream s) return put(n, stream(s.fd));
            if (n == UNAVAILABLE) return Py.None;
            return n;    // a Java value or an immortal object shared by every interpreter
        }

        private Object put(Object n, Object v) {
            memo.put(n, v);
            if (v instanceof PyObject p && !p.isImmortal()) {
                Refs.incref(p);
                owned.add(p);
            }
            return v;
        }

        private Object[] decAll(Object[] a) {
            Object[] r = new Object[a.length];
            for (int i = 0; i < a.length; i++) r[i] = dec(a[i]);
            return r;
        }

        private void fillDict(PyDict r, NDict d) {
            for (int i = 0; i < d.keys.length; i++) r.put(dec(d.keys[i]), dec(d.values[i]));
        }

        private static void setInstDict(PyObject o, PyDict d) {
            Refs.incref(d);
            if (o instanceof PyList l) { PyDict old = l.instDict; l.instDict = d; Refs.decref(old); }
            else if (o instanceof PyDict dd) { PyDict old = dd.instDict; dd.instDict = d; Refs.decref(old); }
        }

        private Object decClass(NClass c) {
            PyType[] bases = new PyType[c.bases.length];
            for (int i = 0; i < bases.length; i++) bases[i] = (PyType) dec(c.bases[i]);
            Object meta = c.meta == null ? null : dec(c.meta);
            Object m = memo.get(c);
            if (m != null) return m;
            PyType t = new PyType(c.name, bases, true);
            t.qualname = c.qualname;
            t.module = c.module;
            if (meta instanceof PyType mt) t.metatype = mt;
            for (PyType b : bases) Refs.incref(b);
            put(c, t);
            NDict d = (NDict) c.dict;
            memo.put(d, t.dict);
            fillDict(t.dict, d);
            t.updateFlags();
            return t;
        }

        private Object decFunction(NFunction f) {
            PyDict globals = (PyDict) dec(f.globals);
            Object m = memo.get(f);
            if (m != null) return m;
            PyFunction fn = new PyFunction(f.code, globals, null, null, null);
            put(f, fn);
            if (f.defaults != null) {
                Object[] d = decAll(f.defaults);
                for (Object o : d) Refs.incref(o);
                fn.defaults = d;
            }
            if (f.kwdefaults != null) {
                PyDict kd = (PyDict) dec(f.kwdefaults);
                Refs.incref(kd);
                fn.kwdefaults = kd;
            }
            if (f.closure != null) {
                PyCell[] cl = new PyCell[f.closure.length];
                for (int i = 0; i < cl.length; i++) {
                    cl[i] = (PyCell) dec(f.closure[i]);
                    Refs.incref(cl[i]);
                }
                fn.closure = cl;
            }
            fn.name = f.name;
            fn.qualname = f.qualname;
            Object doc = dec(f.doc);
            Refs.incref(doc);
            fn.doc = doc;
            if (f.dict != null) {
                PyDict fd = (PyDict) dec(f.dict);
                Refs.incref(fd);
                fn.dict = fd;
            }
            fn.module = dec(f.module);
            return fn;
        }

        private Object decInstance(NInstance in) {
            PyType cls = (PyType) dec(in.cls);
            Object m = memo.get(in);
            if (m != null) return m;
            if (cls.allocator == null) throw Py.TypeError("cannot recreate '" + cls.name + "' object");
            PyObject o = cls.allocator.apply(cls);
            put(in, o);
            if (in.setstate) {
                Object state = dec(in.state);
                Object setstate = userSpecial(cls, "__setstate__");
                if (setstate != null) Ops.call(setstate, o, state);
                else if (o instanceof PyInstance pi && state instanceof PyDict sd) copyInto(pi.dict, sd);
                return o;
            }
            if (o instanceof PyInstance pi && in.dict instanceof NDict nd) {
                memo.put(nd, pi.dict);
                fillDict(pi.dict, nd);
            }
            return o;
        }

        private Object decException(NException e) {
            PyType cls = (PyType) dec(e.cls);
            Object m = memo.get(e);
            if (m != null) return m;
            PyBaseException x = new PyBaseException(cls);
            put(e, x);
            x.setArgs((PyTuple) dec(e.args));
            if (e.dict instanceof NDict nd) fillDict(x.dict, nd);
            if (e.extra instanceof Object[] arr) x.extra = decAll(arr);
            else if (e.extra != null) {
                Object v = dec(e.extra);
                Refs.incref(v);
                x.extra = v;
            }
            return x;
        }

        private static void copyInto(PyDict target, PyDict src) {
            Object[] kv = src.snapshot();
            for (int i = 0; i + 1 < kv.length; i += 2) target.put(kv[i], kv[i + 1]);
        }

        PyModule module(String name) {
            Object m = dst.modules.get(name);
            if (m instanceof PyModule pm) return pm;
            return dst.importer.importModule(name);
        }

        Object resolve(String module, String qualname) {
            PyModule mod = module(module);
            Object cur = mod;
            for (String part : qualname.split("\\.")) {
                Object next = Ops.getattrOrNull(cur, part);
                if (next == null) {
                    throw Py.AttributeError("Can't get attribute '" + qualname + "' on " + Ops.repr(mod));
                }
                cur = next;
            }
            return cur;
        }

        private Object stream(int fd) {
            Object sys = dst.modules.get("sys");
            if (sys instanceof PyModule m) {
                Object s = m.get(fd == 0 ? "stdin" : fd == 1 ? "stdout" : "stderr");
                if (s != null) return s;
            }
            return Py.None;
        }
    }

    // ---- one-shot helpers -------------------------------------------------------------------

    /** Encodes one object as pickle would (queue items, pipe messages, pool tasks). */
    public static Object encode(Interp src, Object o) {
        return new Encoder(src, PICKLE).enc(o);
    }

    public static Object decode(Interp dst, Object n) {
        Decoder d = new Decoder(dst);
        try {
            return d.dec(n);
        } finally {
            d.finish();
        }
    }
}
