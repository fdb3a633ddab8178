package minipy.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minipy.compile.Ast.*;

/**
 * Scope analysis, run before code generation (CPython's symtable.c): for every module, class,
 * function, lambda and comprehension it decides whether each name is local (a fast slot),
 * a cell (local captured by an inner function), free (captured from an enclosing function),
 * or global.
 */
public final class Symtable {
    public enum Kind { MODULE, CLASS, FUNCTION }

    public enum Binding { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME }

    /** One scope and what it knows about its names. */
    public static final class Scope {
        public final Kind kind;
        public final String name;
        public final Scope parent;
        public final List<Scope> children = new ArrayList<>();
        final Set<String> assigned = new LinkedHashSet<>();
        final Set<String> used = new LinkedHashSet<>();
        final Set<String> globals = new LinkedHashSet<>();
        final Set<String> nonlocals = new LinkedHashSet<>();
        public final List<String> params = new ArrayList<>();
        public final Set<String> cells = new LinkedHashSet<>();
        public final Set<String> frees = new LinkedHashSet<>();
        public boolean isGenerator;
        /** An async def. */
        public boolean isCoroutine;
        /** Contains a yield (with isCoroutine: an async generator). */
        public boolean hasYield;
        /** A class body whose methods use super() or __class__. */
        public boolean needsClassCell;
        final int line;

        Scope(Kind kind, String name, Scope parent, int line) {
            this.kind = kind;
            this.name = name;
            this.parent = parent;
            this.line = line;
            if (parent != null) parent.children.add(this);
        }

        public Binding binding(String n) {
            if (kind == Kind.CLASS) {
                if (globals.contains(n)) return Binding.GLOBAL_EXPLICIT;
                if (frees.contains(n) && !assigned.contains(n)) return Binding.FREE;
                return Binding.NAME;
            }
            if (globals.contains(n)) return Binding.GLOBAL_EXPLICIT;
            if (cells.contains(n)) return Binding.CELL;
            if (frees.contains(n)) return Binding.FREE;
            if (kind == Kind.MODULE) return Binding.NAME;
            if (assigned.contains(n) || params.contains(n)) return Binding.LOCAL;
            return Binding.GLOBAL_IMPLICIT;
        }

        /** Fast locals in slot order: parameters first. */
        public List<String> localNames() {
            List<String> out = new ArrayList<>(params);
            for (String n : assigned) {
                if (!out.contains(n) && !globals.contains(n) && !nonlocals.contains(n) && !frees.contains(n)) out.add(n);
            }
            return out;
        }
    }

    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final String filename;

    private Symtable(String filename) { this.filename = filename; }

    public static Symtable build(Ast.Module m, String filename) {
        Symtable st = new Symtable(filename);
        Scope top = new Scope(Kind.MODULE, "<module>", null, 1);
        st.scopes.put(m, top);
        st.stmts(m.body(), top);
        st.resolve(top);
        return st;
    }

    public Scope scopeOf(Object node) { return scopes.get(node); }

    // ---- pass 1: collect --------------------------------------------------------------------
    private void stmts(List<Stmt> body, Scope sc) {
        for (Stmt s : body) stmt(s, sc);
    }

    private void stmt(Stmt s, Scope sc) {
        if (s instanceof ExprStmt e) expr(e.value(), sc);
        else if (s instanceof Assign a) { for (Expr t : a.targets()) target(t, sc); expr(a.value(), sc); }
        else if (s instanceof AugAssign a) {
            target(a.target(), sc);
            if (a.target() instanceof Name n) sc.used.add(n.id());
            else expr(a.target(), sc);
            expr(a.value(), sc);
        }
        else if (s instanceof Match m) {
            expr(m.subject(), sc);
            for (MatchCase c : m.cases()) {
                pattern(c.pattern(), sc);
                expr(c.guard(), sc);
                stmts(c.body(), sc);
            }
        }
        else if (s instanceof AnnAssign a) {
            if (a.value() != null) { target(a.target(), sc); expr(a.value(), sc); } else if (!(a.target() instanceof Name)) expr(a.target(), sc);
            if (a.target() instanceof Name && sc.kind != Kind.FUNCTION) expr(a.annotation(), sc);
        }
        else if (s instanceof If i) { expr(i.test(), sc); stmts(i.body(), sc); stmts(i.orelse(), sc); }
        else if (s instanceof While w) { expr(w.test(), sc); stmts(w.body(), sc); stmts(w.orelse(), sc); }
        else if (s instanceof For f) { target(f.target(), sc); expr(f.iter(), sc); stmts(f.body(), sc); stmts(f.orelse(), sc); }
        else if (s instanceof FunctionDef fd) {
            for (Expr d : fd.decorators()) expr(d, sc);
            for (Keyword an : fd.annotations()) expr(an.value(), sc);
            argDefaults(fd.args(), sc);
            sc.assigned.add(fd.name());
            Scope fs = new Scope(Kind.FUNCTION, fd.name(), sc, fd.line());
            scopes.put(fd, fs);
            params(fd.args(), fs);
            stmts(fd.body(), fs);
            if (fd.isAsync()) { fs.isGenerator = true; fs.isCoroutine = true; }
        }
        else if (s instanceof ClassDef cd) {
            for (Expr d : cd.decorators()) expr(d, sc);
            for (Expr b : cd.bases()) expr(b, sc);
            for (Keyword k : cd.keywords()) expr(k.value(), sc);
            sc.assigned.add(cd.name());
            Scope cs = new Scope(Kind.CLASS, cd.name(), sc, cd.line());
            scopes.put(cd, cs);
            stmts(cd.body(), cs);
        }
        else if (s instanceof Return r) { if (r.value() != null) expr(r.value(), sc); }
        else if (s instanceof Delete d) { for (Expr t : d.targets()) target(t, sc); }
        else if (s instanceof Global g) {
            for (String n : g.names()) {
                if (sc.params.contains(n)) throw error("name '" + n + "' is parameter and global", g);
                if (!sc.globals.contains(n)) {
                    if (sc.assigned.contains(n)) throw error("name '" + n + "' is assigned to before global declaration", g);
                    if (sc.used.contains(n)) throw error("name '" + n + "' is used prior to global declaration", g);
                }
                sc.globals.add(n);
            }
        }
        else if (s instanceof Nonlocal nl) {
            if (sc.kind == Kind.MODULE) throw error("nonlocal declaration not allowed at module level", nl);
            for (String n : nl.names()) {
                if (sc.params.contains(n)) throw error("name '" + n + "' is parameter and nonlocal", nl);
                if (!sc.nonlocals.contains(n)) {
                    if (sc.assigned.contains(n)) throw error("name '" + n + "' is assigned to before nonlocal declaration", nl);
                    if (sc.used.contains(n)) throw error("name '" + n + "' is used prior to nonlocal declaration", nl);
                }
                sc.nonlocals.add(n);
            }
        }
        else if (s instanceof Try t) {
            stmts(t.body(), sc);
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) expr(h.type(), sc);
                if (h.name() != null) sc.assigned.add(h.name());
                stmts(h.body(), sc);
            }
            stmts(t.orelse(), sc);
            stmts(t.finalbody(), sc);
        }
        else if (s instanceof Raise r) { if (r.exc() != null) expr(r.exc(), sc); if (r.cause() != null) expr(r.cause(), sc); }
        else if (s instanceof With w) {
            for (WithItem it : w.items()) { expr(it.contextExpr(), sc); if (it.optionalVars() != null) target(it.optionalVars(), sc); }
            stmts(w.body(), sc);
        }
        else if (s instanceof Assert a) { expr(a.test(), sc); if (a.msg() != null) expr(a.msg(), sc); }
        else if (s instanceof Import im) {
            for (Alias al : im.names()) sc.assigned.add(al.asname() != null ? al.asname() : al.name().split("\\.")[0]);
        }
        else if (s instanceof ImportFrom im) {
            for (Alias al : im.names()) {
                if (al.name().equals("*")) continue;
                sc.assigned.add(al.asname() != null ? al.asname() : al.name());
            }
        }
    }

    private void argDefaults(Arguments a, Scope sc) {
        for (Expr d : a.defaults()) expr(d, sc);
        for (Expr d : a.kwDefaults()) if (d != null) expr(d, sc);
    }

    private void params(Arguments a, Scope fs) {
        java.util.List<Arg> all = new java.util.ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) all.add(a.vararg());
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) all.add(a.kwarg());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Arg x : all) {
            if (!seen.add(x.arg())) {
                throw new CompileError("SyntaxError", "duplicate argument '" + x.arg() + "' in function definition",
                        filename, x.line(), x.col() + 1, null);
            }
        }
        for (Arg x : a.posonlyargs()) fs.params.add(x.arg());
        for (Arg x : a.args()) fs.params.add(x.arg());
        for (Arg x : a.kwonlyargs()) fs.params.add(x.arg());
        if (a.vararg() != null) fs.params.add(a.vararg().arg());
        if (a.kwarg() != null) fs.params.add(a.kwarg().arg());
    }

    private void pattern(Pattern p, Scope sc) {
        if (p instanceof MatchValue v) expr(v.value(), sc);
        else if (p instanceof MatchSequence q) { for (Pattern x : q.patterns()) pattern(x, sc); }
        else if (p instanceof MatchStar st) { if (st.name() != null) sc.assigned.add(st.name()); }
        else if (p instanceof MatchMapping m) {
            for (Expr k : m.keys()) expr(k, sc);
            for (Pattern x : m.patterns()) pattern(x, sc);
            if (m.rest() != null) sc.assigned.add(m.rest());
        } else if (p instanceof MatchClass c) {
            expr(c.cls(), sc);
            for (Pattern x : c.patterns()) pattern(x, sc);
            for (Pattern x : c.kwdPatterns()) pattern(x, sc);
        } else if (p instanceof MatchAs a) {
            if (a.pattern() != null) pattern(a.pattern(), sc);
            if (a.name() != null) sc.assigned.add(a.name());
        } else if (p instanceof MatchOr o) { for (Pattern x : o.patterns()) pattern(x, sc); }
    }

    private void target(Expr t, Scope sc) {
        if (t instanceof Name n) sc.assigned.add(n.id());
        else if (t instanceof Tuple tu) { for (Expr e : tu.elts()) target(e, sc); }
        else if (t instanceof ListExpr l) { for (Expr e : l.elts()) target(e, sc); }
        else if (t instanceof Starred st) target(st.value(), sc);
        else expr(t, sc);
    }

    private void expr(Expr e, Scope sc) {
        if (e == null) return;
        if (e instanceof Name n) {
            sc.used.add(n.id());
            if (n.id().equals("super") && sc.kind == Kind.FUNCTION) sc.used.add("__class__");
        }
        else if (e instanceof Constant) { /* nothing */ }
        else if (e instanceof JoinedStr j) { for (Expr v : j.values()) expr(v, sc); }
        else if (e instanceof FormattedValue fv) { expr(fv.value(), sc); expr(fv.formatSpec(), sc); }
        else if (e instanceof BinOp b) { expr(b.left(), sc); expr(b.right(), sc); }
        else if (e instanceof UnaryOp u) expr(u.operand(), sc);
        else if (e instanceof BoolOp b) { for (Expr v : b.values()) expr(v, sc); }
        else if (e instanceof Compare c) { expr(c.left(), sc); for (Expr v : c.comparators()) expr(v, sc); }
        else if (e instanceof IfExp i) { expr(i.test(), sc); expr(i.body(), sc); expr(i.orelse(), sc); }
        else if (e instanceof Lambda l) {
            argDefaults(l.args(), sc);
            Scope ls = new Scope(Kind.FUNCTION, "<lambda>", sc, l.line());
            scopes.put(l, ls);
            params(l.args(), ls);
            expr(l.body(), ls);
        }
        else if (e instanceof Call c) {
            expr(c.func(), sc);
            for (Expr a : c.args()) expr(a, sc);
            for (Keyword k : c.keywords()) expr(k.value(), sc);
        }
        else if (e instanceof Attribute a) expr(a.value(), sc);
        else if (e instanceof Subscript s) { expr(s.value(), sc); expr(s.slice(), sc); }
        else if (e instanceof Slice s) { expr(s.lower(), sc); expr(s.upper(), sc); expr(s.step(), sc); }
        else if (e instanceof Starred s) expr(s.value(), sc);
        else if (e instanceof ListExpr l) { for (Expr v : l.elts()) expr(v, sc); }
        else if (e instanceof Tuple t) { for (Expr v : t.elts()) expr(v, sc); }
        else if (e instanceof SetExpr s) { for (Expr v : s.elts()) expr(v, sc); }
        else if (e instanceof DictExpr d) { for (Expr k : d.keys()) expr(k, sc); for (Expr v : d.values()) expr(v, sc); }
        else if (e instanceof ListComp c) comprehension(e, "<listcomp>", c.generators(), sc, c.elt());
        else if (e instanceof SetComp c) comprehension(e, "<setcomp>", c.generators(), sc, c.elt());
        else if (e instanceof GeneratorExp c) { Scope gs = comprehension(e, "<genexpr>", c.generators(), sc, c.elt()); gs.isGenerator = true; gs.hasYield = true; }
        else if (e instanceof DictComp c) comprehension(e, "<dictcomp>", c.generators(), sc, c.key(), c.value());
        else if (e instanceof Yield y) { markGenerator(sc, y); sc.hasYield = true; expr(y.value(), sc); }
        else if (e instanceof YieldFrom y) { markGenerator(sc, y); expr(y.value(), sc); }
        else if (e instanceof Await y) {
            if (sc.kind != Kind.FUNCTION) throw error("'await' outside function", y);
            sc.isGenerator = true;
            expr(y.value(), sc);
        }
        else if (e instanceof NamedExpr n) {
            Scope target = sc;
            while (target.name.startsWith("<") && target.kind == Kind.FUNCTION && target.params.contains(".0")) target = target.parent;
            target.assigned.add(n.target().id());
            if (target.kind == Kind.MODULE || target.globals.contains(n.target().id())) {
                for (Scope c = sc; c != target; c = c.parent) c.globals.add(n.target().id());
            } else {
                for (Scope c = sc; c != target; c = c.parent) c.nonlocals.add(n.target().id());
            }
            expr(n.value(), sc);
        }
    }

    private void markGenerator(Scope sc, Expr y) {
        if (sc.kind != Kind.FUNCTION) throw error("'yield' outside function", y);
        sc.isGenerator = true;
    }

    private Scope comprehension(Expr node, String name, List<Comprehension> gens, Scope sc, Expr... elts) {
        expr(gens.get(0).iter(), sc);          // the first iterable is evaluated in the enclosing scope
        Scope cs = new Scope(Kind.FUNCTION, name, sc, node.line());
        scopes.put(node, cs);
        cs.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            target(g.target(), cs);
            if (i > 0) expr(g.iter(), cs);
            for (Expr c : g.ifs()) expr(c, cs);
        }
        for (Expr e : elts) expr(e, cs);
        for (Comprehension g : gens) if (g.isAsync()) { cs.isGenerator = true; cs.isCoroutine = true; }
        return cs;
    }

    // ---- pass 2: resolve free variables -------------------------------------------------------
    private void resolve(Scope sc) {
        for (Scope c : sc.children) resolve(c);
        if (sc.kind != Kind.FUNCTION) return;
        for (String n : sc.nonlocals) {
            if (sc.globals.contains(n)) continue;
            if (!bindFree(sc.parent, n)) throw new CompileError("SyntaxError", "no binding for nonlocal '" + n + "' found", filename, sc.line, 1, null);
            sc.frees.add(n);
        }
        for (String n : sc.used) {
            if (sc.globals.contains(n) || sc.nonlocals.contains(n)) continue;
            if (sc.assigned.contains(n) || sc.params.contains(n)) continue;
            if (n.equals("__class__")) {
                Scope cls = enclosingClass(sc);
                if (cls != null) {
                    cls.needsClassCell = true;
                    for (Scope p = sc.parent; p != cls; p = p.parent) p.frees.add(n);
                    sc.frees.add(n);
                }
                continue;
            }
            if (bindFree(sc.parent, n)) sc.frees.add(n);
        }
    }

    private static Scope enclosingClass(Scope sc) {
        for (Scope p = sc.parent; p != null; p = p.parent) {
            if (p.kind == Kind.CLASS) return p;
        }
        return null;
    }

    /** Finds n bound in an enclosing function scope, marking it a cell there and free in between. */
    private static boolean bindFree(Scope p, String n) {
        List<Scope> path = new ArrayList<>();
        for (Scope s = p; s != null && s.kind != Kind.MODULE; s = s.parent) {
            if (s.kind == Kind.CLASS) { path.add(s); continue; }
            if (s.globals.contains(n)) return false;
            if ((s.assigned.contains(n) || s.params.contains(n)) && !s.nonlocals.contains(n)) {
                s.cells.add(n);
                for (Scope q : path) q.frees.add(n);
                return true;
            }
            if (s.nonlocals.contains(n) || s.frees.contains(n)) {
                for (Scope q : path) q.frees.add(n);
                return true;
            }
            path.add(s);
        }
        // class scopes between: they need the free variable to pass it on
        return false;
    }

    private CompileError error(String msg, Node n) {
        return new CompileError("SyntaxError", msg, filename, n.line(), n.col() + 1, null);
    }
}
