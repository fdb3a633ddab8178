package minipy.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minipy.compile.Ast.*;
import minipy.compile.CodeBuilder.Label;
import minipy.compile.Symtable.Binding;
import minipy.compile.Symtable.Scope;
import minipy.runtime.Arith;
import minipy.runtime.PyBytes;
import minipy.runtime.PyTuple;
import minipy.runtime.Py;
import minipy.vm.Opcode;
import minipy.vm.PyCode;

import static minipy.vm.Opcode.*;

/**
 * Generates bytecode from the AST, one {@link Unit} per code object. Control flow that
 * leaves a block early (return, break, continue) unwinds the enclosing {@link FBlock}s the
 * way CPython's compiler does: finally bodies are inlined, handlers restore the exception
 * state, with-blocks call __exit__, for-loops drop their iterator.
 */
public final class Compiler {
    private final Symtable st;
    private final String filename;
    private Unit u;

    private Compiler(Symtable st, String filename) {
        this.st = st;
        this.filename = filename;
    }

    public static PyCode compileModule(Ast.Module m, String filename) {
        Symtable st = Symtable.build(m, filename);
        Compiler c = new Compiler(st, filename);
        return c.module(m);
    }

    /** Compiles a module whose body is one return statement (eval's expression). */
    public static PyCode compileEval(Ast.Module m, String filename) {
        Expr e = ((Return) m.body().get(0)).value();
        Ast.Module wrapper = new Ast.Module(List.of(new ExprStmt(e.line(), e.col(), e)));
        Symtable st = Symtable.build(wrapper, filename);
        Compiler c = new Compiler(st, filename);
        c.u = new Unit(st.scopeOf(wrapper), "<module>", null);
        c.expr(e);
        c.b().emit(RETURN_VALUE);
        return c.finish("<module>", 1, 0, 0, 0, PyCode.MODULE);
    }

    // ---- units and blocks -------------------------------------------------------------------
    private enum FKind { WHILE, FOR, TRY_EXCEPT, FINALLY, HANDLER, HANDLERS, WITH, FINALLY_BODY }

    private static final class FBlock {
        final FKind kind;
        Label continueTo, breakTo;
        List<Stmt> finalbody;
        String handlerName;
        /** Protected-range segments of a try/with body: [start, end) pairs; inlined unwinding code splits them. */
        final List<int[]> segments = new ArrayList<>();
        int segStart;

        FBlock(FKind kind) { this.kind = kind; }

        /** Set once the block opened a protected range (it has an exception-table entry). */
        boolean ranged;

        boolean protects() { return ranged; }
    }

    private static final class Unit {
        final CodeBuilder b = new CodeBuilder();
        final Scope scope;
        final String qualname;
        final Unit parent;
        final Map<String, Integer> fast = new LinkedHashMap<>();
        final Map<String, Integer> deref = new LinkedHashMap<>();
        final List<String> cellvars = new ArrayList<>(), freevars = new ArrayList<>();
        final List<FBlock> blocks = new ArrayList<>();

        Unit(Scope scope, String qualname, Unit parent) {
            this.scope = scope;
            this.qualname = qualname;
            this.parent = parent;
            if (scope.kind == Symtable.Kind.FUNCTION) {
                for (String n : scope.localNames()) fast.put(n, fast.size());
            }
            for (String c : scope.cells) { cellvars.add(c); deref.put(c, deref.size()); }
            if (scope.kind == Symtable.Kind.CLASS && scope.needsClassCell && !deref.containsKey("__class__")) {
                cellvars.add("__class__");
                deref.put("__class__", deref.size());
            }
            for (String f : scope.frees) {
                if (!deref.containsKey(f)) { freevars.add(f); deref.put(f, deref.size()); }
            }
        }
    }

    private CodeBuilder b() { return u.b; }

    private CompileError error(String msg, Node n) {
        return new CompileError("SyntaxError", msg, filename, n.line(), n.col() + 1, null);
    }

    private void setLine(Node n) { u.b.line = n.line(); }

    private PyCode module(Ast.Module m) {
        u = new Unit(st.scopeOf(m), "<module>", null);
        if (!m.body().isEmpty()) u.b.line = m.body().get(0).line();
        if (hasDocstring(m.body())) {
            b().emit(LOAD_CONST, b().addConst(docstring(m.body())));
            storeNameOp(STORE_NAME, "__doc__");
        }
        setupAnnotations(m.body());
        body(m.body());
        b().emit(LOAD_CONST, b().addConst(Py.None));
        b().emit(RETURN_VALUE);
        return finish("<module>", 1, 0, 0, 0, PyCode.MODULE);
    }

    /**
     * match: the subject stays on the stack while the cases are tried. Each case calls the
     * native matcher (a constant) with the subject, the pattern and a tuple of the values its
     * value and class sub-patterns need; it returns None or the tuple of captured values, which
     * are stored in order, then the guard is tested.
     */
    private void matchStmt(Match m) {
        setLine(m);
        expr(m.subject());
        Label end = new Label();
        for (int ci = 0; ci < m.cases().size(); ci++) {
            MatchCase c = m.cases().get(ci);
            Label fail = new Label(), next = new Label();
            java.util.List<Expr> values = new java.util.ArrayList<>();
            java.util.List<String> names = new java.util.ArrayList<>();
            minipy.vm.PatternMatcher.collect(c.pattern(), values, names);
            minipy.vm.PatternMatcher pm = new minipy.vm.PatternMatcher(c.pattern(), names.toArray(new String[0]));
            b().emit(LOAD_CONST, b().addConst(minipy.vm.PatternMatcher.FUNCTION));
            b().emit(COPY, 2);
            b().emit(LOAD_CONST, b().addConst(pm));
            for (Expr v : values) expr(v);
            b().emit(BUILD_TUPLE, values.size());
            b().emit(CALL, 3);
            b().emit(COPY, 1);
            b().jump(POP_JUMP_IF_NONE, fail);
            if (names.isEmpty()) {
                b().emit(POP_TOP);
            } else {
                b().emit(UNPACK_SEQUENCE, names.size());
                for (String n : names) store(new Name(m.line(), m.col(), n));
            }
            if (c.guard() != null) {
                expr(c.guard());
                b().jump(POP_JUMP_IF_FALSE, next);
            }
            b().emit(POP_TOP);
            body(c.body());
            b().jump(JUMP_FORWARD, end);
            b().bind(fail);
            b().emit(POP_TOP);
            b().bind(next);
        }
        b().emit(POP_TOP);
        b().bind(end);
    }

    /** SETUP_ANNOTATIONS: a module or class body with annotated names gets an __annotations__ dict. */
    private void setupAnnotations(List<Stmt> stmts) {
        if (!findAnnotations(stmts)) return;
        b().emit(BUILD_MAP, 0);
        storeNameOp(STORE_NAME, "__annotations__");
    }

    private static boolean findAnnotations(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (s instanceof AnnAssign a && a.target() instanceof Name) return true;
            if (s instanceof If i && (findAnnotations(i.body()) || findAnnotations(i.orelse()))) return true;
            if (s instanceof For f && (findAnnotations(f.body()) || findAnnotations(f.orelse()))) return true;
            if (s instanceof While w && (findAnnotations(w.body()) || findAnnotations(w.orelse()))) return true;
        }
        return false;
    }

    private PyCode finish(String name, int firstLine, int argc, int posonly, int kwonly, int flags) {
        Unit x = u;
        String[] varnames = x.fast.keySet().toArray(new String[0]);
        return x.b.build(name, x.qualname, filename, firstLine, varnames, x.cellvars.toArray(new String[0]),
                x.freevars.toArray(new String[0]), argc, posonly, kwonly, flags);
    }

    private void body(List<Stmt> stmts) {
        for (Stmt s : stmts) stmt(s);
    }

    // ---- statements ---------------------------------------------------------------------------
    private void stmt(Stmt s) {
        setLine(s);
        if (s instanceof ExprStmt e) {
            expr(e.value());
            b().emit(POP_TOP);
        } else if (s instanceof Assign a) {
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) b().emit(COPY, 1);
                store(a.targets().get(i));
            }
        } else if (s instanceof AugAssign a) augAssign(a);
        else if (s instanceof Match m) matchStmt(m);
        else if (s instanceof AnnAssign a) {
            if (a.value() != null) { expr(a.value()); store(a.target()); }
            if (a.target() instanceof Name n && u.scope.kind != Symtable.Kind.FUNCTION) {
                expr(a.annotation());
                loadNameOp(LOAD_NAME, "__annotations__");
                b().emit(LOAD_CONST, b().addConst(n.id()));
                b().emit(STORE_SUBSCR);
            }
        } else if (s instanceof If i) ifStmt(i);
        else if (s instanceof While w) whileStmt(w);
        else if (s instanceof For f) forStmt(f);
        else if (s instanceof Break br) breakStmt(br);
        else if (s instanceof Continue c) continueStmt(c);
        else if (s instanceof Pass) b().emit(NOP);
        else if (s instanceof FunctionDef fd) functionDef(fd);
        else if (s instanceof ClassDef cd) classDef(cd);
        else if (s instanceof Return r) returnStmt(r);
        else if (s instanceof Delete d) { for (Expr t : d.targets()) delete(t); }
        else if (s instanceof Global || s instanceof Nonlocal) { /* handled by the symtable */ }
        else if (s instanceof Try t) tryStmt(t);
        else if (s instanceof Raise r) raise(r);
        else if (s instanceof With w) withStmt(w, 0);
        else if (s instanceof Assert a) assertStmt(a);
        else if (s instanceof Import im) importStmt(im);
        else if (s instanceof ImportFrom im) importFrom(im);
        else throw error("unsupported statement", s);
    }

    private void augAssign(AugAssign a) {
        int op = Arith.opIndex(a.op()) + Arith.INPLACE;
        Expr t = a.target();
        if (t instanceof Name n) {
            load(n.id(), n);
            expr(a.value());
            b().emit(BINARY_OP, op);
            storeName(n.id(), n);
        } else if (t instanceof Attribute at) {
            expr(at.value());
            b().emit(COPY, 1);
            b().emit(LOAD_ATTR, b().addName(at.attr()));
            expr(a.value());
            b().emit(BINARY_OP, op);
            b().emit(SWAP, 2);
            b().emit(STORE_ATTR, b().addName(at.attr()));
        } else if (t instanceof Subscript sub) {
            expr(sub.value());
            expr(sub.slice());
            b().emit(COPY, 2);
            b().emit(COPY, 2);
            b().emit(BINARY_SUBSCR);
            expr(a.value());
            b().emit(BINARY_OP, op);
            // stack: obj key result -> result obj key
            b().emit(SWAP, 3);   // result key obj
            b().emit(SWAP, 2);   // result obj key
            b().emit(STORE_SUBSCR);
        } else {
            throw error("'" + describe(t) + "' is an illegal expression for augmented assignment", t);
        }
    }

    private void ifStmt(If i) {
        Label orelse = new Label(), end = new Label();
        jumpIf(i.test(), false, orelse);
        body(i.body());
        if (!i.orelse().isEmpty()) {
            b().jump(JUMP_FORWARD, end);
            b().bind(orelse);
            body(i.orelse());
            b().bind(end);
        } else {
            b().bind(orelse);
        }
    }

    private void whileStmt(While w) {
        Label top = new Label(), orelse = new Label(), end = new Label();
        b().bind(top);
        jumpIf(w.test(), false, orelse);
        FBlock fb = new FBlock(FKind.WHILE);
        fb.continueTo = top;
        fb.breakTo = end;
        u.blocks.add(fb);
        body(w.body());
        u.blocks.remove(u.blocks.size() - 1);
        setLine(w);
        b().jump(JUMP_BACKWARD, top);
        b().bind(orelse);
        body(w.orelse());
        b().bind(end);
    }

    private void forStmt(For f) {
        Label top = new Label(), exhausted = new Label(), end = new Label();
        expr(f.iter());
        b().emit(GET_ITER);
        b().bind(top);
        setLine(f);
        b().jump(FOR_ITER, exhausted);
        store(f.target());
        FBlock fb = new FBlock(FKind.FOR);
        fb.continueTo = top;
        fb.breakTo = end;
        u.blocks.add(fb);
        body(f.body());
        u.blocks.remove(u.blocks.size() - 1);
        b().jump(JUMP_BACKWARD, top);
        b().bind(exhausted);
        body(f.orelse());
        b().bind(end);
    }

    private FBlock innermostLoop() {
        for (int i = u.blocks.size() - 1; i >= 0; i--) {
            FBlock fb = u.blocks.get(i);
            if (fb.kind == FKind.WHILE || fb.kind == FKind.FOR) return fb;
        }
        return null;
    }

    private void breakStmt(Break br) {
        FBlock loop = innermostLoop();
        if (loop == null) throw error("'break' outside loop", br);
        List<FBlock> suspended = unwindTo(loop, false);
        if (loop.kind == FKind.FOR) b().emit(POP_TOP);
        b().jump(JUMP_FORWARD, loop.breakTo);
        resume(suspended);
    }

    private void continueStmt(Continue c) {
        FBlock loop = innermostLoop();
        if (loop == null) throw error("'continue' not properly in loop", c);
        List<FBlock> suspended = unwindTo(loop, false);
        b().jump(JUMP_BACKWARD, loop.continueTo);
        resume(suspended);
    }

    private void returnStmt(Return r) {
        if (u.scope.kind != Symtable.Kind.FUNCTION) throw error("'return' outside function", r);
        if (r.value() != null) expr(r.value());
        else b().emit(LOAD_CONST, b().addConst(Py.None));
        List<FBlock> suspended = unwindTo(null, true);
        b().emit(RETURN_VALUE);
        resume(suspended);
    }

    /** Emits the exit code of every block inside target (all blocks when target is null). */
    /**
     * Emits the exit code of every block inside target (all blocks when target is null). A
     * block's protected range stops where its exit code begins (CPython pops the block first),
     * so an exception in an inlined finally body is not caught by the try it leaves. Returns
     * the suspended blocks: the caller re-opens them with {@link #resume} after its jump.
     */
    private List<FBlock> unwindTo(FBlock target, boolean preserveTos) {
        List<FBlock> saved = new ArrayList<>(u.blocks);
        List<FBlock> suspended = new ArrayList<>();
        for (int i = u.blocks.size() - 1; i >= 0; i--) {
            FBlock fb = u.blocks.get(i);
            if (fb == target) break;
            if (fb.protects()) {
                closeSegment(fb);
                suspended.add(fb);
            }
            unwindBlock(fb, preserveTos, i);
        }
        u.blocks.clear();
        u.blocks.addAll(saved);
        return suspended;
    }

    private void resume(List<FBlock> suspended) {
        for (FBlock fb : suspended) openSegment(fb);
    }

    private void unwindBlock(FBlock fb, boolean preserveTos, int index) {
        switch (fb.kind) {
            case WHILE: case TRY_EXCEPT: case HANDLERS:
                return;
            case FINALLY_BODY:
                // leaving a finally body that runs for an exception: drop the exception, restore the previous one
                if (preserveTos) b().emit(SWAP, 2);
                b().emit(POP_TOP);
                if (preserveTos) b().emit(SWAP, 2);
                b().emit(POP_EXCEPT);
                return;
            case FOR:
                if (preserveTos) b().emit(SWAP, 2);
                b().emit(POP_TOP);
                return;
            case FINALLY: {
                List<FBlock> outer = new ArrayList<>(u.blocks.subList(0, index));
                List<FBlock> all = new ArrayList<>(u.blocks);
                u.blocks.clear();
                u.blocks.addAll(outer);
                body(fb.finalbody);
                u.blocks.clear();
                u.blocks.addAll(all);
                return;
            }
            case HANDLER:
                if (preserveTos) b().emit(SWAP, 2);
                b().emit(POP_EXCEPT);
                if (fb.handlerName != null) clearName(fb.handlerName);
                return;
            case WITH:
                if (preserveTos) b().emit(SWAP, 2);
                int none = b().addConst(Py.None);
                b().emit(LOAD_CONST, none);
                b().emit(LOAD_CONST, none);
                b().emit(LOAD_CONST, none);
                b().emit(CALL, 3);
                b().emit(POP_TOP);
                return;
            default:
                throw new IllegalStateException();
        }
    }

    private void openSegment(FBlock fb) {
        fb.segStart = b().position();
        fb.ranged = true;
    }

    private void closeSegment(FBlock fb) { fb.segments.add(new int[] {fb.segStart, b().position()}); }

    private void protect(FBlock fb, Label handler, int depth) {
        closeSegment(fb);
        for (int[] seg : fb.segments) b().addHandler(seg[0], seg[1], handler, depth);
    }

    private void clearName(String name) {
        b().emit(LOAD_CONST, b().addConst(Py.None));
        storeName(name, null);
        deleteName(name, null);
    }

    private void tryStmt(Try t) {
        if (!t.finalbody().isEmpty()) tryFinally(t);
        else tryExcept(t);
    }

    private void tryFinally(Try t) {
        Label handler = new Label(), cleanup = new Label(), end = new Label();
        int depth0 = b().depth();
        FBlock fb = new FBlock(FKind.FINALLY);
        fb.finalbody = t.finalbody();
        openSegment(fb);
        u.blocks.add(fb);
        if (!t.handlers().isEmpty()) tryExcept(new Try(t.line(), t.col(), t.body(), t.handlers(), t.orelse(), List.of()));
        else body(t.body());
        u.blocks.remove(u.blocks.size() - 1);
        protect(fb, handler, depth0);
        body(t.finalbody());
        b().jump(JUMP_FORWARD, end);
        // exceptional path: [exc] -> PUSH_EXC_INFO -> [prev exc]; run finally; re-raise
        b().bind(handler);
        b().setDepth(depth0 + 1);
        b().emit(PUSH_EXC_INFO);
        FBlock fbody = new FBlock(FKind.FINALLY_BODY);
        openSegment(fbody);
        u.blocks.add(fbody);
        body(t.finalbody());
        u.blocks.remove(u.blocks.size() - 1);
        b().emit(RERAISE);
        protect(fbody, cleanup, depth0 + 1);
        emitCleanup(cleanup, depth0 + 2);
        b().bind(end);
    }

    /** The handler of code running while an exception is handled: restore the previous one, re-raise. */
    private void emitCleanup(Label cleanup, int depth) {
        b().bind(cleanup);
        b().setDepth(depth);
        b().emit(SWAP, 2);
        b().emit(POP_EXCEPT);
        b().emit(RERAISE);
    }

    private void tryExcept(Try t) {
        Label handler = new Label(), cleanup = new Label(), end = new Label();
        int depth0 = b().depth();
        FBlock fb = new FBlock(FKind.TRY_EXCEPT);
        openSegment(fb);
        u.blocks.add(fb);
        body(t.body());
        u.blocks.remove(u.blocks.size() - 1);
        protect(fb, handler, depth0);
        body(t.orelse());
        b().jump(JUMP_FORWARD, end);
        b().bind(handler);
        b().setDepth(depth0 + 1);
        b().emit(PUSH_EXC_INFO);
        FBlock region = new FBlock(FKind.HANDLERS);
        openSegment(region);
        u.blocks.add(region);
        for (ExceptHandler h : t.handlers()) {
            setLine(new Pass(h.line(), h.col()));
            Label next = new Label();
            if (h.type() != null) {
                expr(h.type());
                b().emit(CHECK_EXC_MATCH);
                b().jump(POP_JUMP_IF_FALSE, next);
            } else if (h != t.handlers().get(t.handlers().size() - 1)) {
                throw error("default 'except:' must be last", new Pass(h.line(), h.col()));
            }
            FBlock hb = new FBlock(FKind.HANDLER);
            hb.handlerName = h.name();
            if (h.name() != null) {
                storeName(h.name(), null);
                Label nameCleanup = new Label();
                openSegment(hb);
                u.blocks.add(hb);
                body(h.body());
                u.blocks.remove(u.blocks.size() - 1);
                protect(hb, nameCleanup, depth0 + 1);
                b().emit(POP_EXCEPT);
                clearName(h.name());
                b().jump(JUMP_FORWARD, end);
                b().bind(nameCleanup);
                b().setDepth(depth0 + 2);
                clearName(h.name());
                b().emit(SWAP, 2);
                b().emit(POP_EXCEPT);
                b().emit(RERAISE);
            } else {
                b().emit(POP_TOP);
                u.blocks.add(hb);
                body(h.body());
                u.blocks.remove(u.blocks.size() - 1);
                b().emit(POP_EXCEPT);
                b().jump(JUMP_FORWARD, end);
            }
            b().bind(next);
            b().setDepth(depth0 + 2);
        }
        b().emit(RERAISE);
        u.blocks.remove(u.blocks.size() - 1);
        protect(region, cleanup, depth0 + 1);
        emitCleanup(cleanup, depth0 + 2);
        b().bind(end);
        b().setDepth(depth0);
    }

    private void withStmt(With w, int item) {
        WithItem it = w.items().get(item);
        Label exc = new Label(), suppress = new Label(), cleanup = new Label(), end = new Label();
        expr(it.contextExpr());
        setLine(w);
        b().emit(BEFORE_WITH);
        int depthW = b().depth() - 1;
        FBlock fb = new FBlock(FKind.WITH);
        openSegment(fb);
        if (it.optionalVars() != null) store(it.optionalVars());
        else b().emit(POP_TOP);
        u.blocks.add(fb);
        if (item + 1 < w.items().size()) withStmt(w, item + 1);
        else body(w.body());
        u.blocks.remove(u.blocks.size() - 1);
        protect(fb, exc, depthW);
        setLine(w);
        int none = b().addConst(Py.None);
        b().emit(LOAD_CONST, none);
        b().emit(LOAD_CONST, none);
        b().emit(LOAD_CONST, none);
        b().emit(CALL, 3);
        b().emit(POP_TOP);
        b().jump(JUMP_FORWARD, end);
        b().bind(exc);
        b().setDepth(depthW + 1);
        b().emit(PUSH_EXC_INFO);
        int hstart = b().position();
        b().emit(WITH_EXCEPT_START);
        b().jump(POP_JUMP_IF_TRUE, suppress);
        b().emit(RERAISE);
        b().addHandler(hstart, b().position(), cleanup, depthW + 1);
        b().bind(suppress);
        b().emit(POP_TOP);
        b().emit(POP_EXCEPT);
        b().emit(POP_TOP);
        b().jump(JUMP_FORWARD, end);
        b().bind(cleanup);
        b().setDepth(depthW + 2);
        b().emit(SWAP, 2);
        b().emit(POP_EXCEPT);
        b().emit(SWAP, 2);
        b().emit(POP_TOP);
        b().emit(RERAISE);
        b().bind(end);
        b().setDepth(depthW - 1);
    }

    private void raise(Raise r) {
        if (r.exc() == null) { b().emit(RAISE_VARARGS, 0); return; }
        expr(r.exc());
        if (r.cause() != null) {
            expr(r.cause());
            b().emit(RAISE_VARARGS, 2);
        } else {
            b().emit(RAISE_VARARGS, 1);
        }
    }

    private void assertStmt(Assert a) {
        Label ok = new Label();
        jumpIf(a.test(), true, ok);
        b().emit(LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            expr(a.msg());
            b().emit(CALL, 1);
        }
        b().emit(RAISE_VARARGS, 1);
        b().bind(ok);
    }

    private void importStmt(Import im) {
        for (Alias al : im.names()) {
            b().emit(LOAD_CONST, b().addConst(0L));
            b().emit(LOAD_CONST, b().addConst(Py.None));
            b().emit(IMPORT_NAME, b().addName(al.name()));
            if (al.asname() != null) {
                String[] parts = al.name().split("\\.");
                for (int i = 1; i < parts.length; i++) {
                    b().emit(IMPORT_FROM, b().addName(parts[i]));
                    b().emit(SWAP, 2);
                    b().emit(POP_TOP);
                }
                storeName(al.asname(), im);
            } else {
                storeName(al.name().split("\\.")[0], im);
            }
        }
    }

    private void importFrom(ImportFrom im) {
        Object[] names = new Object[im.names().size()];
        for (int i = 0; i < names.length; i++) names[i] = im.names().get(i).name();
        b().emit(LOAD_CONST, b().addConst((long) im.level()));
        b().emit(LOAD_CONST, b().addConst(PyTuple.of(names).immortal()));   // constants are shared: immortal (was freed after one run)
        b().emit(IMPORT_NAME, b().addName(im.module() == null ? "" : im.module()));
        if (names.length == 1 && names[0].equals("*")) {
            b().emit(IMPORT_STAR);
            return;
        }
        for (Alias al : im.names()) {
            b().emit(IMPORT_FROM, b().addName(al.name()));
            storeName(al.asname() != null ? al.asname() : al.name(), im);
        }
        b().emit(POP_TOP);
    }

    // ---- functions and classes ----------------------------------------------------------------
    private void functionDef(FunctionDef fd) {
        for (Expr d : fd.decorators()) expr(d);
        setLine(fd);
        Scope fs = st.scopeOf(fd);
        makeFunction(fs, fd.name(), fd.args(), fd.line(), () -> {
            List<Stmt> bodyStmts = fd.body();
            functionBody(bodyStmts);
        }, hasDocstring(fd.body()) ? docstring(fd.body()) : null);
        if (!fd.annotations().isEmpty()) {
            b().emit(COPY, 1);
            for (Keyword an : fd.annotations()) {
                b().emit(LOAD_CONST, b().addConst(an.arg()));
                expr(an.value());
            }
            b().emit(BUILD_MAP, fd.annotations().size());
            b().emit(SWAP, 2);
            b().emit(STORE_ATTR, b().addName("__annotations__"));
        }
        for (int i = 0; i < fd.decorators().size(); i++) b().emit(CALL, 1);
        storeName(fd.name(), fd);
    }

    private static boolean hasDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c && c.value() instanceof String;
    }

    private static String docstring(List<Stmt> body) {
        return (String) ((Constant) ((ExprStmt) body.get(0)).value()).value();
    }

    private void functionBody(List<Stmt> stmts) {
        body(stmts);
        if (b().isReachable()) {
            b().emit(LOAD_CONST, b().addConst(Py.None));
            b().emit(RETURN_VALUE);
        }
    }

    private String childQualname(String name) {
        if (u.parent == null && u.scope.kind == Symtable.Kind.MODULE) return name;
        if (u.scope.kind == Symtable.Kind.FUNCTION) return u.qualname + ".<locals>." + name;
        return u.qualname + "." + name;
    }

    /** Compiles a function body into a code object and emits MAKE_FUNCTION for it. */
    private void makeFunction(Scope fs, String name, Arguments args, int line, Runnable bodyGen, String doc) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) expr(d);
            b().emit(BUILD_TUPLE, args.defaults().size());
            flags |= 1;
        }
        int nkw = 0;
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d == null) continue;
            b().emit(LOAD_CONST, b().addConst(args.kwonlyargs().get(i).arg()));
            expr(d);
            nkw++;
        }
        if (nkw > 0) {
            b().emit(BUILD_MAP, nkw);
            flags |= 2;
        }
        Unit parent = u;
        u = new Unit(fs, parent.scope.kind == Symtable.Kind.MODULE ? name : childQualnameOf(parent, name), parent);
        u.b.line = line;
        if (doc != null) u.b.addConst(doc);
        bodyGen.run();
        int codeFlags = PyCode.NESTED;
        if (args.vararg() != null) codeFlags |= PyCode.VARARGS;
        if (args.kwarg() != null) codeFlags |= PyCode.VARKEYWORDS;
        if (fs.isGenerator) codeFlags |= PyCode.GENERATOR;
        if (fs.isCoroutine) codeFlags |= PyCode.COROUTINE;
        if (fs.isCoroutine && fs.hasYield) codeFlags |= PyCode.ASYNC_GENERATOR;
        if (doc != null) codeFlags |= PyCode.HAS_DOC;
        int argc = args.posonlyargs().size() + args.args().size();
        PyCode code = finish(name, line, argc, args.posonlyargs().size(), args.kwonlyargs().size(), codeFlags);
        List<String> frees = u.freevars;
        u = parent;
        if (!frees.isEmpty()) {
            for (String f : frees) b().emit(LOAD_CLOSURE, closureIndex(f));
            b().emit(BUILD_TUPLE, frees.size());
            flags |= 8;
        }
        b().emit(LOAD_CONST, b().addConst(code));
        b().emit(MAKE_FUNCTION, flags);
    }

    private static String childQualnameOf(Unit parent, String name) {
        if (parent.scope.kind == Symtable.Kind.FUNCTION) return parent.qualname + ".<locals>." + name;
        return parent.qualname + "." + name;
    }

    private int closureIndex(String name) {
        Integer i = u.deref.get(name);
        if (i == null) throw new IllegalStateException("no cell for " + name + " in " + u.qualname);
        return i;
    }

    private void classDef(ClassDef cd) {
        for (Expr d : cd.decorators()) expr(d);
        setLine(cd);
        b().emit(LOAD_BUILD_CLASS);
        Scope cs = st.scopeOf(cd);
        Unit parent = u;
        u = new Unit(cs, parent.scope.kind == Symtable.Kind.MODULE ? cd.name() : childQualnameOf(parent, cd.name()), parent);
        u.b.line = cd.line();
        String qual = u.qualname;
        loadNameOp(LOAD_NAME, "__name__");
        storeNameOp(STORE_NAME, "__module__");
        b().emit(LOAD_CONST, b().addConst(qual));
        storeNameOp(STORE_NAME, "__qualname__");
        if (hasDocstring(cd.body())) {
            b().emit(LOAD_CONST, b().addConst(docstring(cd.body())));
            storeNameOp(STORE_NAME, "__doc__");
        }
        setupAnnotations(cd.body());
        body(cd.body());
        if (cs.needsClassCell) {
            b().emit(LOAD_CLOSURE, u.deref.get("__class__"));
            storeNameOp(STORE_NAME, "__classcell__");
        }
        b().emit(LOAD_CONST, b().addConst(Py.None));
        b().emit(RETURN_VALUE);
        PyCode code = finish(cd.name(), cd.line(), 0, 0, 0, PyCode.CLASS_BODY);
        List<String> frees = u.freevars;
        u = parent;
        int flags = 0;
        if (!frees.isEmpty()) {
            for (String f : frees) b().emit(LOAD_CLOSURE, closureIndex(f));
            b().emit(BUILD_TUPLE, frees.size());
            flags |= 8;
        }
        b().emit(LOAD_CONST, b().addConst(code));
        b().emit(MAKE_FUNCTION, flags);
        b().emit(LOAD_CONST, b().addConst(cd.name()));
        List<Expr> args = new ArrayList<>(cd.bases());
        callArgs(args, cd.keywords(), 2, cd);
        for (int i = 0; i < cd.decorators().size(); i++) b().emit(CALL, 1);
        storeName(cd.name(), cd);
    }

    // ---- names ------------------------------------------------------------------------------
    private void load(String name, Node at) {
        Binding bnd = u.scope.binding(name);
        switch (bnd) {
            case LOCAL: b().emit(LOAD_FAST, u.fast.get(name)); return;
            case CELL: b().emit(LOAD_DEREF, u.deref.get(name)); return;
            case FREE:
                if (u.scope.kind == Symtable.Kind.CLASS) b().emit(LOAD_CLASSDEREF, u.deref.get(name));
                else b().emit(LOAD_DEREF, u.deref.get(name));
                return;
            case GLOBAL_EXPLICIT: case GLOBAL_IMPLICIT: b().emit(LOAD_GLOBAL, b().addName(name)); return;
            default: b().emit(LOAD_NAME, b().addName(name));
        }
    }

    private void loadNameOp(Opcode op, String name) { b().emit(op, b().addName(name)); }

    private void storeNameOp(Opcode op, String name) { b().emit(op, b().addName(name)); }

    private void storeName(String name, Node at) {
        Binding bnd = u.scope.binding(name);
        switch (bnd) {
            case LOCAL: b().emit(STORE_FAST, u.fast.get(name)); return;
            case CELL: case FREE: b().emit(STORE_DEREF, u.deref.get(name)); return;
            case GLOBAL_EXPLICIT: case GLOBAL_IMPLICIT: b().emit(STORE_GLOBAL, b().addName(name)); return;
            default: b().emit(STORE_NAME, b().addName(name));
        }
    }

    private void deleteName(String name, Node at) {
        Binding bnd = u.scope.binding(name);
        switch (bnd) {
            case LOCAL: b().emit(DELETE_FAST, u.fast.get(name)); return;
            case CELL: case FREE: b().emit(DELETE_DEREF, u.deref.get(name)); return;
            case GLOBAL_EXPLICIT: case GLOBAL_IMPLICIT: b().emit(DELETE_GLOBAL, b().addName(name)); return;
            default: b().emit(DELETE_NAME, b().addName(name));
        }
    }

    private void store(Expr t) {
        if (t instanceof Name n) storeName(n.id(), n);
        else if (t instanceof Attribute a) {
            expr(a.value());
            b().emit(STORE_ATTR, b().addName(a.attr()));
        } else if (t instanceof Subscript s) {
            expr(s.value());
            expr(s.slice());
            b().emit(STORE_SUBSCR);
        } else if (t instanceof Tuple tu) unpackStore(tu.elts(), t);
        else if (t instanceof ListExpr l) unpackStore(l.elts(), t);
        else if (t instanceof Starred s) throw error("starred assignment target must be in a list or tuple", s);
        else throw error("cannot assign to " + describe(t), t);
    }

    private void unpackStore(List<Expr> elts, Expr at) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                if (star >= 0) throw error("multiple starred expressions in assignment", elts.get(i));
                star = i;
            }
        }
        if (star < 0) b().emit(UNPACK_SEQUENCE, elts.size());
        else b().emit(UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        for (Expr e : elts) store(e instanceof Starred s ? s.value() : e);
    }

    private void delete(Expr t) {
        setLine(t);
        if (t instanceof Name n) deleteName(n.id(), n);
        else if (t instanceof Attribute a) {
            expr(a.value());
            b().emit(DELETE_ATTR, b().addName(a.attr()));
        } else if (t instanceof Subscript s) {
            expr(s.value());
            expr(s.slice());
            b().emit(DELETE_SUBSCR);
        } else if (t instanceof Tuple tu) { for (Expr e : tu.elts()) delete(e); }
        else if (t instanceof ListExpr l) { for (Expr e : l.elts()) delete(e); }
        else throw error("cannot delete " + describe(t), t);
    }

    private static String describe(Expr e) {
        if (e instanceof Constant c) return c.value() == null || c.value() instanceof Boolean ? String.valueOf(c.value() == null ? "None" : (((Boolean) c.value()) ? "True" : "False")) : "literal";
        if (e instanceof Call) return "function call";
        if (e instanceof BinOp || e instanceof UnaryOp) return "expression";
        if (e instanceof Compare) return "comparison";
        if (e instanceof Lambda) return "lambda";
        if (e instanceof BoolOp) return "expression";
        if (e instanceof IfExp) return "conditional expression";
        if (e instanceof JoinedStr) return "f-string expression";
        return "expression";
    }

    // ---- expressions ------------------------------------------------------------------------
    private void expr(Expr e) {
        int savedLine = u.b.line;
        if (e.line() > 0) u.b.line = e.line();
        exprInner(e);
        u.b.line = savedLine;
    }

    private void exprInner(Expr e) {
        if (e instanceof Name n) load(n.id(), n);
        else if (e instanceof Constant c) b().emit(LOAD_CONST, b().addConst(constValue(c.value())));
        else if (e instanceof BinOp bo) {
            expr(bo.left());
            expr(bo.right());
            b().emit(BINARY_OP, Arith.opIndex(bo.op()));
        } else if (e instanceof UnaryOp uo) unary(uo);
        else if (e instanceof BoolOp bo) boolOp(bo);
        else if (e instanceof Ast.Compare c) compare(c);
        else if (e instanceof IfExp i) {
            Label orelse = new Label(), end = new Label();
            jumpIf(i.test(), false, orelse);
            expr(i.body());
            b().jump(JUMP_FORWARD, end);
            b().bind(orelse);
            expr(i.orelse());
            b().bind(end);
        } else if (e instanceof Lambda l) {
            makeFunction(st.scopeOf(l), "<lambda>", l.args(), l.line(), () -> {
                expr(l.body());
                b().emit(RETURN_VALUE);
            }, null);
        } else if (e instanceof Call c) call(c);
        else if (e instanceof Attribute a) {
            expr(a.value());
            b().emit(LOAD_ATTR, b().addName(a.attr()));
        } else if (e instanceof Subscript s) {
            expr(s.value());
            expr(s.slice());
            b().emit(BINARY_SUBSCR);
        } else if (e instanceof Slice s) {
            int none = b().addConst(Py.None);
            if (s.lower() != null) expr(s.lower()); else b().emit(LOAD_CONST, none);
            if (s.upper() != null) expr(s.upper()); else b().emit(LOAD_CONST, none);
            if (s.step() != null) { expr(s.step()); b().emit(BUILD_SLICE, 3); }
            else b().emit(BUILD_SLICE, 2);
        } else if (e instanceof Tuple t) sequence(t.elts(), BUILD_TUPLE);
        else if (e instanceof ListExpr l) sequence(l.elts(), BUILD_LIST);
        else if (e instanceof SetExpr s) sequence(s.elts(), BUILD_SET);
        else if (e instanceof DictExpr d) dict(d);
        else if (e instanceof ListComp c) comprehension(e, "<listcomp>", c.generators(), 0, c.elt(), null);
        else if (e instanceof SetComp c) comprehension(e, "<setcomp>", c.generators(), 1, c.elt(), null);
        else if (e instanceof DictComp c) comprehension(e, "<dictcomp>", c.generators(), 2, c.key(), c.value());
        else if (e instanceof GeneratorExp c) comprehension(e, "<genexpr>", c.generators(), 3, c.elt(), null);
        else if (e instanceof Yield y) {
            boolean agen = u.scope.isCoroutine;
            if (agen) b().emit(LOAD_CONST, b().addConst(minipy.vm.AsyncGen.WRAP));
            if (y.value() != null) expr(y.value());
            else b().emit(LOAD_CONST, b().addConst(Py.None));
            if (agen) b().emit(CALL, 1);
            b().emit(YIELD_VALUE);
        } else if (e instanceof YieldFrom y) {
            expr(y.value());
            yieldFrom();
        } else if (e instanceof Await aw) {
            b().emit(LOAD_CONST, b().addConst(minipy.vm.PatternMatcher.AWAITABLE));
            expr(aw.value());
            b().emit(CALL, 1);
            yieldFrom();
        } else if (e instanceof JoinedStr j) joinedStr(j);
        else if (e instanceof FormattedValue fv) formattedValue(fv);
        else if (e instanceof NamedExpr n) {
            expr(n.value());
            b().emit(COPY, 1);
            storeName(n.target().id(), n);
        } else if (e instanceof Starred s) throw error("can't use starred expression here", s);
        else throw error("unsupported expression", e);
    }

    private void yieldFrom() {
        Label loop = new Label(), exit = new Label();
        b().emit(GET_YIELD_FROM_ITER);
        b().emit(LOAD_CONST, b().addConst(Py.None));
        b().bind(loop);
        b().jump(SEND, exit);
        b().emit(YIELD_VALUE);
        b().jump(JUMP_FORWARD, loop);
        b().bind(exit);
    }

    private static Object constValue(Object v) {
        if (v == null) return Py.None;
        if (v instanceof Ast.Ellipsis) return Py.Ellipsis;
        if (v instanceof Ast.Bytes bs) return new PyBytes(bs.value()).immortal();
        return v;
    }

    private void unary(UnaryOp uo) {
        if (uo.op().equals("-") && uo.operand() instanceof Constant c && (c.value() instanceof Long || c.value() instanceof Double
                || c.value() instanceof java.math.BigInteger)) {
            b().emit(LOAD_CONST, b().addConst(minipy.runtime.Arith.neg(c.value())));
            return;
        }
        expr(uo.operand());
        switch (uo.op()) {
            case "-": b().emit(UNARY_NEGATIVE); break;
            case "+": b().emit(UNARY_POSITIVE); break;
            case "~": b().emit(UNARY_INVERT); break;
            default: b().emit(UNARY_NOT); break;
        }
    }

    private void boolOp(BoolOp bo) {
        Label end = new Label();
        Opcode j = bo.op().equals("and") ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        List<Expr> vs = bo.values();
        for (int i = 0; i < vs.size() - 1; i++) {
            expr(vs.get(i));
            b().jump(j, end);
        }
        expr(vs.get(vs.size() - 1));
        b().bind(end);
    }

    private static int cmpOp(String op) {
        switch (op) {
            case "<": return 0;
            case "<=": return 1;
            case "==": return 2;
            case "!=": return 3;
            case ">": return 4;
            case ">=": return 5;
            default: return -1;
        }
    }

    private void emitCompare(String op) {
        switch (op) {
            case "is": b().emit(IS_OP, 0); break;
            case "is not": b().emit(IS_OP, 1); break;
            case "in": b().emit(CONTAINS_OP, 0); break;
            case "not in": b().emit(CONTAINS_OP, 1); break;
            default: b().emit(COMPARE_OP, cmpOp(op));
        }
    }

    private void compare(Ast.Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            emitCompare(c.ops().get(0));
            return;
        }
        Label cleanup = new Label(), end = new Label();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            b().emit(SWAP, 2);
            b().emit(COPY, 2);
            emitCompare(c.ops().get(i));
            b().jump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        emitCompare(c.ops().get(n - 1));
        b().jump(JUMP_FORWARD, end);
        b().bind(cleanup);
        b().emit(SWAP, 2);
        b().emit(POP_TOP);
        b().bind(end);
    }

    /** Compiles a condition and jumps to target when its truth equals jumpIfTrue. */
    private void jumpIf(Expr test, boolean jumpIfTrue, Label target) {
        if (test instanceof UnaryOp uo && uo.op().equals("not")) {
            jumpIf(uo.operand(), !jumpIfTrue, target);
            return;
        }
        if (test instanceof BoolOp bo) {
            boolean isAnd = bo.op().equals("and");
            List<Expr> vs = bo.values();
            if (isAnd != jumpIfTrue) {
                // and + jump-if-false, or + jump-if-true: any operand decides
                for (Expr v : vs) jumpIf(v, jumpIfTrue, target);
            } else {
                Label skip = new Label();
                for (int i = 0; i < vs.size() - 1; i++) jumpIf(vs.get(i), !jumpIfTrue, skip);
                jumpIf(vs.get(vs.size() - 1), jumpIfTrue, target);
                b().bind(skip);
            }
            return;
        }
        expr(test);
        b().jump(jumpIfTrue ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
    }

    private void sequence(List<Expr> elts, Opcode build) {
        boolean starred = false;
        for (Expr e : elts) if (e instanceof Starred) starred = true;
        if (!starred) {
            if (build == BUILD_TUPLE && !elts.isEmpty() && allConstant(elts)) {
                Object[] vals = new Object[elts.size()];
                for (int i = 0; i < vals.length; i++) vals[i] = constValue(((Constant) elts.get(i)).value());
                b().emit(LOAD_CONST, b().addConst(PyTuple.of(vals).immortal()));
                return;
            }
            for (Expr e : elts) expr(e);
            b().emit(build, elts.size());
            return;
        }
        // with *x: build a list incrementally, then convert
        Opcode start = build == BUILD_SET ? BUILD_SET : BUILD_LIST;
        b().emit(start, 0);
        for (Expr e : elts) {
            if (e instanceof Starred s) {
                expr(s.value());
                b().emit(build == BUILD_SET ? SET_UPDATE : LIST_EXTEND, 1);
            } else {
                expr(e);
                b().emit(build == BUILD_SET ? SET_ADD : LIST_APPEND, 1);
            }
        }
        if (build == BUILD_TUPLE) b().emit(LIST_TO_TUPLE);
    }

    private static boolean allConstant(List<Expr> elts) {
        for (Expr e : elts) {
            if (!(e instanceof Constant c)) return false;
            if (c.value() instanceof Ast.Bytes) return false;
        }
        return true;
    }

    private void dict(DictExpr d) {
        boolean unpack = d.keys().contains(null);
        if (!unpack) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            b().emit(BUILD_MAP, d.keys().size());
            return;
        }
        b().emit(BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expr(d.values().get(i));
                b().emit(DICT_UPDATE, 1);
            } else {
                expr(d.keys().get(i));
                expr(d.values().get(i));
                b().emit(MAP_ADD, 1);
            }
        }
    }

    private void call(Call c) {
        Expr fn = c.func();
        boolean simple = true;
        for (Expr a : c.args()) if (a instanceof Starred) simple = false;
        for (Keyword k : c.keywords()) if (k.arg() == null) simple = false;
        if (simple && c.keywords().isEmpty() && fn instanceof Attribute at) {
            expr(at.value());
            b().emit(LOAD_METHOD, b().addName(at.attr()));
            for (Expr a : c.args()) expr(a);
            setLine(c);
            b().emit(CALL_METHOD, c.args().size());
            return;
        }
        expr(fn);
        callArgs(c.args(), c.keywords(), 0, c);
    }

    /** Emits arguments and the call; `already` positional args are on the stack above the callable. */
    private void callArgs(List<Expr> args, List<Keyword> keywords, int already, Node at) {
        boolean simple = true;
        for (Expr a : args) if (a instanceof Starred) simple = false;
        for (Keyword k : keywords) if (k.arg() == null) simple = false;
        if (simple) {
            for (Expr a : args) expr(a);
            if (keywords.isEmpty()) {
                b().emit(CALL, args.size() + already);
                return;
            }
            Object[] names = new Object[keywords.size()];
            for (int i = 0; i < names.length; i++) {
                Keyword k = keywords.get(i);
                for (int j = 0; j < i; j++) {
                    if (names[j].equals(k.arg())) throw new CompileError("SyntaxError", "keyword argument repeated: " + k.arg(), filename, k.line(), k.col() + 1, null);
                }
                names[i] = k.arg();
                expr(k.value());
            }
            b().emit(LOAD_CONST, b().addConst(PyTuple.of(names).immortal()));
            b().emit(CALL_KW, args.size() + keywords.size() + already);
            return;
        }
        // general form: build a tuple of positional args (after any already pushed) and a dict
        b().emit(BUILD_LIST, already);
        for (Expr a : args) {
            if (a instanceof Starred s) {
                expr(s.value());
                b().emit(LIST_EXTEND, 1);
            } else {
                expr(a);
                b().emit(LIST_APPEND, 1);
            }
        }
        b().emit(LIST_TO_TUPLE);
        if (keywords.isEmpty()) {
            b().emit(CALL_FUNCTION_EX, 0);
            return;
        }
        b().emit(BUILD_MAP, 0);
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                expr(k.value());
                b().emit(DICT_MERGE, 1);
            } else {
                b().emit(BUILD_MAP, 0);
                b().emit(LOAD_CONST, b().addConst(k.arg()));
                expr(k.value());
                b().emit(MAP_ADD, 1);
                b().emit(DICT_MERGE, 1);
            }
        }
        b().emit(CALL_FUNCTION_EX, 1);
    }

    /** kind: 0 list, 1 set, 2 dict, 3 generator. */
    private void comprehension(Expr node, String name, List<Comprehension> gens, int kind, Expr elt, Expr value) {
        Scope cs = st.scopeOf(node);
        Arguments args = new Arguments(List.of(), List.of(new Arg(node.line(), node.col(), ".0")), null, List.of(), List.of(), null, List.of());
        makeFunction(cs, name, args, node.line(), () -> {
            if (kind == 0) b().emit(BUILD_LIST, 0);
            else if (kind == 1) b().emit(BUILD_SET, 0);
            else if (kind == 2) b().emit(BUILD_MAP, 0);
            compGenerator(gens, 0, kind, elt, value);
            if (kind == 3) b().emit(LOAD_CONST, b().addConst(Py.None));
            b().emit(RETURN_VALUE);
        }, null);
        if (gens.get(0).isAsync()) {
            b().emit(LOAD_CONST, b().addConst(minipy.vm.AsyncGen.AITER));
            expr(gens.get(0).iter());
            b().emit(CALL, 1);
        } else {
            expr(gens.get(0).iter());
            b().emit(GET_ITER);
        }
        b().emit(CALL, 1);
        if (cs.isCoroutine && kind != 3) yieldFrom();       // an async comprehension: await its coroutine
    }

    private void compGenerator(List<Comprehension> gens, int i, int kind, Expr elt, Expr value) {
        Comprehension g = gens.get(i);
        Label top = new Label(), end = new Label();
        Label stop = new Label();
        if (i == 0) b().emit(LOAD_FAST, u.fast.get(".0"));
        else if (g.isAsync()) {
            b().emit(LOAD_CONST, b().addConst(minipy.vm.AsyncGen.AITER));
            expr(g.iter());
            b().emit(CALL, 1);
        } else {
            expr(g.iter());
            b().emit(GET_ITER);
        }
        b().bind(top);
        if (g.isAsync()) {
            // value = await anext_or_stop(it); a STOP sentinel ends the loop
            b().emit(LOAD_CONST, b().addConst(minipy.vm.AsyncGen.ANEXT));
            b().emit(COPY, 2);
            b().emit(CALL, 1);
            yieldFrom();
            b().emit(COPY, 1);
            b().emit(LOAD_CONST, b().addConst(minipy.vm.AsyncGen.STOP));
            b().emit(IS_OP, 0);
            b().jump(POP_JUMP_IF_TRUE, stop);
        } else {
            b().jump(FOR_ITER, end);
        }
        store(g.target());
        for (Expr cond : g.ifs()) jumpIf(cond, false, top);
        if (i + 1 < gens.size()) {
            compGenerator(gens, i + 1, kind, elt, value);
        } else {
            int depth = gens.size() + 1;
            switch (kind) {
                case 0: expr(elt); b().emit(LIST_APPEND, depth); break;
                case 1: expr(elt); b().emit(SET_ADD, depth); break;
                case 2: expr(elt); expr(value); b().emit(MAP_ADD, depth); break;
                default:
                    if (u.scope.isCoroutine) b().emit(LOAD_CONST, b().addConst(minipy.vm.AsyncGen.WRAP));
                    expr(elt);
                    if (u.scope.isCoroutine) b().emit(CALL, 1);
                    b().emit(YIELD_VALUE); b().emit(POP_TOP); break;
            }
        }
        b().jump(JUMP_BACKWARD, top);
        if (g.isAsync()) {
            b().bind(stop);
            b().emit(POP_TOP);
            b().emit(POP_TOP);
        }
        b().bind(end);
    }

    private void joinedStr(JoinedStr j) {
        if (j.values().isEmpty()) {
            b().emit(LOAD_CONST, b().addConst(""));
            return;
        }
        for (Expr v : j.values()) {
            if (v instanceof Constant c) b().emit(LOAD_CONST, b().addConst(c.value()));
            else expr(v);
        }
        if (j.values().size() > 1) b().emit(BUILD_STRING, j.values().size());
        else if (j.values().get(0) instanceof Constant) { /* single literal */ }
    }

    private void formattedValue(FormattedValue fv) {
        expr(fv.value());
        int flags;
        switch (fv.conversion()) {
            case 's': flags = 1; break;
            case 'r': flags = 2; break;
            case 'a': flags = 3; break;
            default: flags = 0;
        }
        if (fv.formatSpec() != null) {
            expr(fv.formatSpec());
            flags |= 4;
        }
        b().emit(FORMAT_VALUE, flags);
    }
}
