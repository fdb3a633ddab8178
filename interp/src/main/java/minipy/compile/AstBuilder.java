package minipy.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import minipy.compile.antlr.PythonBaseVisitor;
import minipy.compile.antlr.PythonParser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parse tree of {@code Python.g4} into {@link Ast} nodes. Statement visitors return
 * {@link Ast.Stmt}, expression visitors {@link Ast.Expr}. Besides building, it does the checks
 * CPython makes right after parsing: assignment and deletion targets, parameter order, argument
 * order, walrus targets; they raise {@link CompileError} with CPython 3.11's messages.
 * Columns are 0-based character offsets (CPython counts UTF-8 bytes; equal for ASCII lines).
 */
final class AstBuilder extends PythonBaseVisitor<Object> {
    private final Source source;

    AstBuilder(Source source) {
        this.source = source;
    }

    Ast.Module module(File_inputContext ctx) {
        List<Ast.Stmt> body = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) addStmt(s, body);
        return new Ast.Module(body);
    }

    Ast.Expr expression(Eval_inputContext ctx) {
        return tupleOrSingle(ctx.testlist());
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Ast.Expr expr(ParseTree t) {
        return t == null ? null : (Ast.Expr) t.accept(this);
    }

    private Ast.Stmt stmt(ParseTree t) {
        return (Ast.Stmt) t.accept(this);
    }

    private List<Ast.Expr> exprs(List<? extends ParseTree> trees) {
        List<Ast.Expr> out = new ArrayList<>(trees.size());
        for (ParseTree t : trees) out.add(expr(t));
        return out;
    }

    /** The expressions among {@code ctx}'s children (skipping ',' and the like), in order. */
    private List<Ast.Expr> childExprs(ParserRuleContext ctx) {
        List<Ast.Expr> out = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (!(child instanceof TerminalNode) && !(child instanceof Comp_forContext)) out.add(expr(child));
        }
        return out;
    }

    /** A comma list: one element without a comma is the element itself, otherwise a Tuple. */
    private Ast.Expr tupleOrSingle(ParserRuleContext ctx) {
        List<Ast.Expr> elts = childExprs(ctx);
        if (elts.size() == 1 && ctx.getChildCount() == 1) return elts.get(0);
        return new Ast.Tuple(line(ctx), col(ctx), elts);
    }

    private static int line(ParserRuleContext ctx) {
        return ctx.getStart().getLine();
    }

    private static int col(ParserRuleContext ctx) {
        return ctx.getStart().getCharPositionInLine();
    }

    private CompileError error(String msg, int line, int col) {
        return source.syntaxError(msg, line, col);
    }

    private CompileError error(String msg, Ast.Node at) {
        return source.syntaxError(msg, at.line(), at.col());
    }

    // ---- statements ----------------------------------------------------------------------------

    private void addStmt(StmtContext s, List<Ast.Stmt> out) {
        if (s.simple_stmts() != null) {
            for (Simple_stmtContext simple : s.simple_stmts().simple_stmt()) out.add(stmt(simple));
        } else {
            out.add(stmt(s.compound_stmt()));
        }
    }

    private List<Ast.Stmt> block(BlockContext ctx) {
        List<Ast.Stmt> body = new ArrayList<>();
        if (ctx instanceof InlineBlockContext inline) {
            for (Simple_stmtContext simple : inline.simple_stmts().simple_stmt()) body.add(stmt(simple));
        } else {
            for (StmtContext s : ((IndentedBlockContext) ctx).stmt()) addStmt(s, body);
        }
        return body;
    }

    private List<Ast.Stmt> orelse(Else_blockContext ctx) {
        return ctx == null ? new ArrayList<>() : block(ctx.block());
    }

    @Override
    public Ast.Stmt visitExpr_stmt(Expr_stmtContext ctx) {
        Ast.Expr first = tupleOrSingle(ctx.testlist_star_expr());
        Assign_partContext part = ctx.assign_part();
        if (part == null) return new Ast.ExprStmt(line(ctx), col(ctx), first);
        if (part instanceof AssignPartContext assign) return assign(ctx, first, assign);
        if (part instanceof AugAssignPartContext aug) {
            Targets.checkAugmented(first, source);
            String op = aug.op.getText();
            return new Ast.AugAssign(line(ctx), col(ctx), first, op.substring(0, op.length() - 1),
                    expr(aug.annotated_rhs()));
        }
        AnnAssignPartContext ann = (AnnAssignPartContext) part;
        Targets.checkAnnotated(first, source);
        return new Ast.AnnAssign(line(ctx), col(ctx), first, expr(ann.annotation), expr(ann.annotated_rhs()));
    }

    private Ast.Stmt assign(Expr_stmtContext ctx, Ast.Expr first, AssignPartContext assign) {
        List<Ast.Expr> targets = new ArrayList<>();
        targets.add(first);
        List<Annotated_rhsContext> rhs = assign.annotated_rhs();
        for (int i = 0; i < rhs.size() - 1; i++) targets.add(expr(rhs.get(i)));
        for (Ast.Expr t : targets) Targets.checkAssign(t, targets.size() == 1, source);
        return new Ast.Assign(line(ctx), col(ctx), targets, expr(rhs.get(rhs.size() - 1)));
    }

    @Override
    public Ast.Expr visitAnnotated_rhs(Annotated_rhsContext ctx) {
        return ctx.yield_expr() != null ? expr(ctx.yield_expr()) : tupleOrSingle(ctx.testlist_star_expr());
    }

    @Override
    public Ast.Stmt visitDel_stmt(Del_stmtContext ctx) {
        List<Ast.Expr> targets = childExprs(ctx.exprlist());
        for (Ast.Expr t : targets) Targets.checkDelete(t, source);
        return new Ast.Delete(line(ctx), col(ctx), targets);
    }

    @Override
    public Ast.Stmt visitPass_stmt(Pass_stmtContext ctx) {
        return new Ast.Pass(line(ctx), col(ctx));
    }

    @Override
    public Ast.Stmt visitBreak_stmt(Break_stmtContext ctx) {
        return new Ast.Break(line(ctx), col(ctx));
    }

    @Override
    public Ast.Stmt visitContinue_stmt(Continue_stmtContext ctx) {
        return new Ast.Continue(line(ctx), col(ctx));
    }

    @Override
    public Ast.Stmt visitReturn_stmt(Return_stmtContext ctx) {
        Testlist_star_exprContext value = ctx.testlist_star_expr();
        return new Ast.Return(line(ctx), col(ctx), value == null ? null : tupleOrSingle(value));
    }

    @Override
    public Ast.Stmt visitRaise_stmt(Raise_stmtContext ctx) {
        return new Ast.Raise(line(ctx), col(ctx), expr(ctx.exc), expr(ctx.cause));
    }

    @Override
    public Ast.Stmt visitYield_stmt(Yield_stmtContext ctx) {
        return new Ast.ExprStmt(line(ctx), col(ctx), expr(ctx.yield_expr()));
    }

    @Override
    public Ast.Stmt visitGlobal_stmt(Global_stmtContext ctx) {
        return new Ast.Global(line(ctx), col(ctx), names(ctx.NAME()));
    }

    @Override
    public Ast.Stmt visitNonlocal_stmt(Nonlocal_stmtContext ctx) {
        return new Ast.Nonlocal(line(ctx), col(ctx), names(ctx.NAME()));
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> names = new ArrayList<>(nodes.size());
        for (TerminalNode n : nodes) names.add(n.getText());
        return names;
    }

    @Override
    public Ast.Stmt visitAssert_stmt(Assert_stmtContext ctx) {
        return new Ast.Assert(line(ctx), col(ctx), expr(ctx.test(0)), expr(ctx.msg));
    }

    // ---- imports -------------------------------------------------------------------------------

    @Override
    public Ast.Stmt visitImport_name(Import_nameContext ctx) {
        List<Ast.Alias> names = new ArrayList<>();
        for (Dotted_as_nameContext d : ctx.dotted_as_names().dotted_as_name()) {
            names.add(new Ast.Alias(d.dotted_name().getText(), d.asname == null ? null : d.asname.getText()));
        }
        return new Ast.Import(line(ctx), col(ctx), names);
    }

    @Override
    public Ast.Stmt visitFromModuleImport(FromModuleImportContext ctx) {
        return new Ast.ImportFrom(line(ctx), col(ctx), ctx.dotted_name().getText(),
                importTargets(ctx.import_targets()), level(ctx.dots));
    }

    @Override
    public Ast.Stmt visitFromPackageImport(FromPackageImportContext ctx) {
        return new Ast.ImportFrom(line(ctx), col(ctx), null, importTargets(ctx.import_targets()), level(ctx.dots));
    }

    /** Each '.' is one level, each '...' token three. */
    private static int level(List<Token> dots) {
        int level = 0;
        for (Token t : dots) level += t.getText().length();
        return level;
    }

    private static List<Ast.Alias> importTargets(Import_targetsContext ctx) {
        List<Ast.Alias> names = new ArrayList<>();
        if (ctx instanceof ImportStarContext) {
            names.add(new Ast.Alias("*", null));
            return names;
        }
        Import_as_namesContext list = ctx instanceof ImportParenNamesContext p
                ? p.import_as_names() : ((ImportNamesContext) ctx).import_as_names();
        for (Import_as_nameContext n : list.import_as_name()) {
            names.add(new Ast.Alias(n.name.getText(), n.asname == null ? null : n.asname.getText()));
        }
        return names;
    }

    // ---- compound statements -------------------------------------------------------------------

    /** elif chains become an If nested in the orelse of the previous one. */
    @Override
    public Ast.Stmt visitIf_stmt(If_stmtContext ctx) {
        List<Ast.Stmt> orelse = orelse(ctx.else_block());
        List<Elif_clauseContext> elifs = ctx.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            List<Ast.Stmt> nested = new ArrayList<>();
            nested.add(new Ast.If(line(e), col(e), expr(e.namedexpr_test()), block(e.block()), orelse));
            orelse = nested;
        }
        return new Ast.If(line(ctx), col(ctx), expr(ctx.namedexpr_test()), block(ctx.block()), orelse);
    }

    @Override
    public Ast.Stmt visitWhile_stmt(While_stmtContext ctx) {
        return new Ast.While(line(ctx), col(ctx), expr(ctx.namedexpr_test()), block(ctx.block()),
                orelse(ctx.else_block()));
    }

    @Override
    public Ast.Stmt visitFor_stmt(For_stmtContext ctx) {
        Ast.Expr target = tupleOrSingle(ctx.exprlist());
        Targets.checkAssign(target, false, source);
        return new Ast.For(line(ctx), col(ctx), target, tupleOrSingle(ctx.testlist_star_expr()),
                block(ctx.block()), orelse(ctx.else_block()));
    }

    @Override
    public Ast.Stmt visitTry_stmt(Try_stmtContext ctx) {
        List<Ast.ExceptHandler> handlers = new ArrayList<>();
        List<Except_clauseContext> clauses = ctx.except_clause();
        int stars = 0;
        for (Except_clauseContext c : clauses) if (c.star != null) stars++;
        if (stars > 0) {
            if (stars < clauses.size()) {
                Except_clauseContext bad = clauses.get(0);
                for (Except_clauseContext c : clauses) if ((c.star == null) != (clauses.get(0).star == null)) { bad = c; break; }
                throw error("cannot have both 'except' and 'except*' on the same 'try'", line(bad), col(bad));
            }
            for (Except_clauseContext c : clauses) {
                if (c.test() == null) throw error("expected one or more exception types", line(c), col(c));
            }
            return tryStar(ctx, clauses);
        }
        for (int i = 0; i < clauses.size(); i++) {
            Except_clauseContext c = clauses.get(i);
            if (c.test() == null && i < clauses.size() - 1) {
                throw error("default 'except:' must be last", line(c), col(c));
            }
            handlers.add(new Ast.ExceptHandler(line(c), col(c), expr(c.test()),
                    c.name == null ? null : c.name.getText(), block(c.block())));
        }
        List<Ast.Stmt> finalbody = ctx.finally_block() == null ? new ArrayList<>() : block(ctx.finally_block().block());
        return new Ast.Try(line(ctx), col(ctx), block(ctx.block()), handlers, orelse(ctx.else_block()), finalbody);
    }

    /**
     * try/except*: the body runs in a try whose handler splits the exception group clause by
     * clause (_excgroup helpers), runs each clause's block on its part, collects what the blocks
     * raise, and afterwards (outside the handler) raises what is left, if anything.
     */
    private Ast.Stmt tryStar(Try_stmtContext ctx, List<Except_clauseContext> clauses) {
        int line = line(ctx), col = col(ctx);
        int n = asyncTemp++;
        String st = ".st" + n, eg = ".eg" + n, m = ".m" + n, x = ".x" + n, r = ".r" + n;
        java.util.function.Function<String, Ast.Name> nm = id -> new Ast.Name(line, col, id);
        java.util.function.BiFunction<String, Ast.Expr, Ast.Stmt> assign = (id, v) ->
                new Ast.Assign(line, col, new ArrayList<>(List.of(nm.apply(id))), v);
        Ast.Expr none = new Ast.Constant(line, col, null);
        Ast.Expr baseExc = nm.apply("BaseException");
        List<Ast.Stmt> handler = new ArrayList<>();
        handler.add(assign.apply(st, call(line, col, new Ast.Constant(line, col, minipy.vm.ExcGroups.START), nm.apply(eg))));
        for (Except_clauseContext c : clauses) {
            int cl = line(c), cc = col(c);
            handler.add(assign.apply(m, call(cl, cc, new Ast.Constant(cl, cc, minipy.vm.ExcGroups.MATCH), nm.apply(st), expr(c.test()))));
            Ast.Try inner = new Ast.Try(cl, cc, new ArrayList<>(List.of(new Ast.Raise(cl, cc, nm.apply(m), null))),
                    new ArrayList<>(List.of(new Ast.ExceptHandler(cl, cc, baseExc, c.name == null ? null : c.name.getText(), block(c.block())))),
                    new ArrayList<>(), new ArrayList<>());
            Ast.Try collect = new Ast.Try(cl, cc, new ArrayList<>(List.of(inner)),
                    new ArrayList<>(List.of(new Ast.ExceptHandler(cl, cc, baseExc, x,
                            new ArrayList<>(List.of(new Ast.ExprStmt(cl, cc, call(cl, cc, new Ast.Constant(cl, cc, minipy.vm.ExcGroups.RAISED), nm.apply(st), nm.apply(x)))))))),
                    new ArrayList<>(), new ArrayList<>());
            handler.add(new Ast.If(cl, cc, new Ast.Compare(cl, cc, nm.apply(m), new ArrayList<>(List.of("is not")), new ArrayList<>(List.of(none))),
                    new ArrayList<>(List.of(collect)), new ArrayList<>()));
        }
        List<Ast.Stmt> out = new ArrayList<>();
        out.add(assign.apply(st, none));
        out.add(new Ast.Try(line, col, block(ctx.block()),
                new ArrayList<>(List.of(new Ast.ExceptHandler(line, col, baseExc, eg, handler))), orelse(ctx.else_block()), new ArrayList<>()));
        List<Ast.Stmt> finish = new ArrayList<>();
        finish.add(assign.apply(r, call(line, col, new Ast.Constant(line, col, minipy.vm.ExcGroups.FINISH), nm.apply(st))));
        finish.add(assign.apply(st, none));
        finish.add(new Ast.If(line, col, new Ast.Compare(line, col, nm.apply(r), new ArrayList<>(List.of("is not")), new ArrayList<>(List.of(none))),
                new ArrayList<>(List.of(new Ast.Raise(line, col, nm.apply(r), null))), new ArrayList<>()));
        out.add(new Ast.If(line, col, new Ast.Compare(line, col, nm.apply(st), new ArrayList<>(List.of("is not")), new ArrayList<>(List.of(none))),
                finish, new ArrayList<>()));
        List<Ast.Stmt> body = out;
        if (ctx.finally_block() != null) {
            body = new ArrayList<>(List.of(new Ast.Try(line, col, out, new ArrayList<>(), new ArrayList<>(), block(ctx.finally_block().block()))));
        }
        return new Ast.If(line, col, new Ast.Constant(line, col, Boolean.TRUE), body, new ArrayList<>());
    }

    @Override
    public Ast.Stmt visitParenWithStmt(ParenWithStmtContext ctx) {
        return with(ctx, ctx.with_item(), ctx.block());
    }

    @Override
    public Ast.Stmt visitPlainWithStmt(PlainWithStmtContext ctx) {
        return with(ctx, ctx.with_item(), ctx.block());
    }

    private Ast.Stmt with(ParserRuleContext ctx, List<With_itemContext> itemCtxs, BlockContext body) {
        List<Ast.WithItem> items = new ArrayList<>();
        for (With_itemContext item : itemCtxs) {
            Ast.Expr target = expr(item.target);
            if (target != null) Targets.checkAssign(target, false, source);
            items.add(new Ast.WithItem(expr(item.test()), target));
        }
        return new Ast.With(line(ctx), col(ctx), items, block(body));
    }

    @Override
    public Ast.Stmt visitDecorated(DecoratedContext ctx) {
        List<Ast.Expr> decorators = new ArrayList<>();
        for (DecoratorContext d : ctx.decorator()) decorators.add(expr(d.namedexpr_test()));
        if (ctx.async_funcdef() != null) return funcdef(ctx.async_funcdef().funcdef(), decorators, true);
        return ctx.funcdef() != null ? funcdef(ctx.funcdef(), decorators) : classdef(ctx.classdef(), decorators);
    }

    // ---- match ---------------------------------------------------------------------------------

    @Override
    public Ast.Stmt visitMatch_stmt(Match_stmtContext ctx) {
        Ast.Expr subject = tupleOrSingle(ctx.subject);
        List<Ast.MatchCase> cases = new ArrayList<>();
        for (Case_blockContext c : ctx.case_block()) {
            Ast.Pattern p = topPatterns(c.patterns());
            Ast.Expr guard = c.guard == null ? null : expr(c.guard);
            cases.add(new Ast.MatchCase(p, guard, block(c.block())));
        }
        return new Ast.Match(line(ctx), col(ctx), subject, cases);
    }

    private Ast.Pattern topPatterns(PatternsContext ctx) {
        List<Pattern_itemContext> items = ctx.pattern_item();
        if (items.size() == 1 && ctx.getChildCount() == 1 && items.get(0) instanceof PlainPatternContext pp) {
            return pattern(pp.pattern());
        }
        return sequence(items);
    }

    private Ast.Pattern sequence(List<Pattern_itemContext> items) {
        List<Ast.Pattern> ps = new ArrayList<>();
        boolean star = false;
        for (Pattern_itemContext it : items) {
            if (it instanceof StarPatternContext sp) {
                if (star) throw error("multiple starred names in sequence pattern", line(sp), col(sp));
                star = true;
                String n = sp.NAME().getText();
                ps.add(new Ast.MatchStar(n.equals("_") ? null : n));
            } else {
                ps.add(pattern(((PlainPatternContext) it).pattern()));
            }
        }
        return new Ast.MatchSequence(ps);
    }

    private Ast.Pattern pattern(PatternContext ctx) {
        Ast.Pattern p = orPattern(ctx.or_pattern());
        if (ctx.NAME() != null) {
            String n = ctx.NAME().getText();
            if (n.equals("_")) throw error("cannot use '_' as a target", line(ctx), col(ctx));
            return new Ast.MatchAs(p, n);
        }
        return p;
    }

    private Ast.Pattern orPattern(Or_patternContext ctx) {
        List<Closed_patternContext> alts = ctx.closed_pattern();
        if (alts.size() == 1) return closedPattern(alts.get(0));
        List<Ast.Pattern> ps = new ArrayList<>();
        for (Closed_patternContext c : alts) ps.add(closedPattern(c));
        return new Ast.MatchOr(ps);
    }

    private Ast.Expr dotted(List<TerminalNode> names, ParserRuleContext at) {
        Ast.Expr e = new Ast.Name(line(at), col(at), names.get(0).getText());
        for (int i = 1; i < names.size(); i++) e = new Ast.Attribute(line(at), col(at), e, names.get(i).getText());
        return e;
    }

    private Ast.Expr literalKey(Closed_patternContext c) {
        Ast.Pattern p = closedPattern(c);
        if (p instanceof Ast.MatchValue v) return v.value();
        if (p instanceof Ast.MatchSingleton s) return new Ast.Constant(line(c), col(c), s.value());
        throw error("mapping pattern keys may only match literals and attribute lookups", line(c), col(c));
    }

    private Ast.Pattern closedPattern(Closed_patternContext ctx) {
        if (ctx instanceof NumberPatternContext n) {
            Ast.Expr e = new Ast.Constant(line(n), col(n), Literals.number(n.NUMBER(0).getText()));
            if (n.neg != null) e = new Ast.UnaryOp(line(n), col(n), "-", e);
            if (n.imag != null) {
                e = new Ast.BinOp(line(n), col(n), e, n.sign.getText(), new Ast.Constant(line(n), col(n), Literals.number(n.imag.getText())));
            }
            return new Ast.MatchValue(e);
        }
        if (ctx instanceof StringPatternContext s) {
            List<Token> tokens = new ArrayList<>();
            for (TerminalNode t : s.STRING()) tokens.add(t.getSymbol());
            return new Ast.MatchValue(Literals.strings(tokens, source));
        }
        if (ctx instanceof NonePatternContext) return new Ast.MatchSingleton(null);
        if (ctx instanceof TruePatternContext) return new Ast.MatchSingleton(Boolean.TRUE);
        if (ctx instanceof FalsePatternContext) return new Ast.MatchSingleton(Boolean.FALSE);
        if (ctx instanceof ValuePatternContext v) return new Ast.MatchValue(dotted(v.NAME(), v));
        if (ctx instanceof CapturePatternContext c) {
            String n = c.NAME().getText();
            return new Ast.MatchAs(null, n.equals("_") ? null : n);
        }
        if (ctx instanceof EmptyTuplePatternContext) return new Ast.MatchSequence(new ArrayList<>());
        if (ctx instanceof GroupPatternContext g) return pattern(g.pattern());
        if (ctx instanceof TuplePatternContext t) return sequence(t.pattern_item());
        if (ctx instanceof ListPatternContext l) return sequence(l.pattern_item());
        if (ctx instanceof MappingPatternContext m) {
            List<Ast.Expr> keys = new ArrayList<>();
            List<Ast.Pattern> ps = new ArrayList<>();
            String rest = null;
            for (Mapping_itemContext it : m.mapping_item()) {
                if (it instanceof RestMappingItemContext r) {
                    rest = r.NAME().getText();
                } else {
                    KeyMappingItemContext k = (KeyMappingItemContext) it;
                    keys.add(literalKey(k.key));
                    ps.add(pattern(k.pattern()));
                }
            }
            return new Ast.MatchMapping(keys, ps, rest);
        }
        ClassPatternContext c = (ClassPatternContext) ctx;
        List<Ast.Pattern> pos = new ArrayList<>();
        List<String> kw = new ArrayList<>();
        List<Ast.Pattern> kwp = new ArrayList<>();
        for (Pattern_argContext a : c.pattern_arg()) {
            if (a instanceof KeywordPatternArgContext k) {
                kw.add(k.NAME().getText());
                kwp.add(pattern(k.pattern()));
            } else {
                if (!kw.isEmpty()) throw error("positional patterns follow keyword patterns", line(a), col(a));
                pos.add(pattern(((PositionalPatternArgContext) a).pattern()));
            }
        }
        return new Ast.MatchClass(dotted(c.NAME(), c), pos, kw, kwp);
    }

    @Override
    public Ast.Stmt visitFuncdef(FuncdefContext ctx) {
        return funcdef(ctx, new ArrayList<>());
    }

    @Override
    public Ast.Stmt visitClassdef(ClassdefContext ctx) {
        return classdef(ctx, new ArrayList<>());
    }

    /** Parameter and return annotations are parsed but not kept. */
    private Ast.Stmt funcdef(FuncdefContext ctx, List<Ast.Expr> decorators) { return funcdef(ctx, decorators, false); }

    @Override
    public Ast.Expr visitAwaitExpr(AwaitExprContext ctx) {
        return new Ast.Await(line(ctx), col(ctx), expr(ctx.expr()));
    }

    @Override
    public Ast.Stmt visitAsync_stmt(Async_stmtContext ctx) {
        if (ctx.funcdef() != null) return funcdef(ctx.funcdef(), new ArrayList<>(), true);
        if (ctx.for_stmt() != null) return asyncFor((Ast.For) visitFor_stmt(ctx.for_stmt()), line(ctx), col(ctx));
        return asyncWith((Ast.With) ctx.with_stmt().accept(this), line(ctx), col(ctx));
    }

    private int asyncTemp;

    private Ast.Expr call(int line, int col, Ast.Expr f, Ast.Expr... args) {
        return new Ast.Call(line, col, f, new ArrayList<>(List.of(args)), new ArrayList<>());
    }

    /** async for t in it: body  ->  .ait = it.__aiter__(); while True: try: t = await .ait.__anext__() except StopAsyncIteration: orelse; break; body */
    private Ast.Stmt asyncFor(Ast.For f, int line, int col) {
        String it = ".ait" + (asyncTemp++);
        List<Ast.Stmt> out = new ArrayList<>();
        out.add(new Ast.Assign(line, col, new ArrayList<>(List.of(new Ast.Name(line, col, it))),
                call(line, col, new Ast.Attribute(line, col, f.iter(), "__aiter__"))));
        Ast.Expr next = new Ast.Await(line, col, call(line, col, new Ast.Attribute(line, col, new Ast.Name(line, col, it), "__anext__")));
        List<Ast.Stmt> stop = new ArrayList<>(f.orelse());
        stop.add(new Ast.Break(line, col));
        Ast.Try t = new Ast.Try(line, col, new ArrayList<>(List.of(new Ast.Assign(line, col, new ArrayList<>(List.of(f.target())), next))),
                new ArrayList<>(List.of(new Ast.ExceptHandler(line, col, new Ast.Name(line, col, "StopAsyncIteration"), null, stop))),
                new ArrayList<>(), new ArrayList<>());
        List<Ast.Stmt> body = new ArrayList<>();
        body.add(t);
        body.addAll(f.body());
        out.add(new Ast.While(line, col, new Ast.Constant(line, col, Boolean.TRUE), body, new ArrayList<>()));
        return new Ast.If(line, col, new Ast.Constant(line, col, Boolean.TRUE), out, new ArrayList<>());
    }

    /** async with m as v: body  ->  awaits m.__aenter__() / m.__aexit__(...) around a try. */
    private Ast.Stmt asyncWith(Ast.With w, int line, int col) {
        List<Ast.Stmt> body = w.body();
        for (int i = w.items().size() - 1; i >= 0; i--) {
            Ast.WithItem item = w.items().get(i);
            String mgr = ".amgr" + (asyncTemp++), exc = ".aexc" + (asyncTemp++);
            Ast.Name m = new Ast.Name(line, col, mgr);
            List<Ast.Stmt> out = new ArrayList<>();
            out.add(new Ast.Assign(line, col, new ArrayList<>(List.of(new Ast.Name(line, col, mgr))), item.contextExpr()));
            Ast.Expr enter = new Ast.Await(line, col, call(line, col, new Ast.Attribute(line, col, m, "__aenter__")));
            if (item.optionalVars() != null) out.add(new Ast.Assign(line, col, new ArrayList<>(List.of(item.optionalVars())), enter));
            else out.add(new Ast.ExprStmt(line, col, enter));
            Ast.Name e = new Ast.Name(line, col, exc);
            Ast.Expr exitExc = new Ast.Await(line, col, call(line, col, new Ast.Attribute(line, col, m, "__aexit__"),
                    call(line, col, new Ast.Name(line, col, "type"), e), e, new Ast.Attribute(line, col, e, "__traceback__")));
            List<Ast.Stmt> handler = new ArrayList<>();
            handler.add(new Ast.If(line, col, new Ast.UnaryOp(line, col, "not", exitExc),
                    new ArrayList<>(List.of(new Ast.Raise(line, col, null, null))), new ArrayList<>()));
            Ast.Expr none = new Ast.Constant(line, col, null);
            Ast.Expr exitOk = new Ast.Await(line, col, call(line, col, new Ast.Attribute(line, col, m, "__aexit__"), none, none, none));
            out.add(new Ast.Try(line, col, body,
                    new ArrayList<>(List.of(new Ast.ExceptHandler(line, col, new Ast.Name(line, col, "BaseException"), exc, handler))),
                    new ArrayList<>(List.of(new Ast.ExprStmt(line, col, exitOk))), new ArrayList<>()));
            body = out;
        }
        return new Ast.If(line, col, new Ast.Constant(line, col, Boolean.TRUE), body, new ArrayList<>());
    }

    private Ast.Stmt funcdef(FuncdefContext ctx, List<Ast.Expr> decorators, boolean isAsync) {
        Ast.Arguments args = parameters(ctx.parameters().typedargslist());
        List<Ast.Keyword> anns = new ArrayList<>();
        TypedargslistContext list = ctx.parameters().typedargslist();
        if (list != null) {
            for (TypedargContext p : list.typedarg()) {
                TfpdefContext tf = p instanceof PlainParamContext plain ? plain.tfpdef()
                        : p instanceof StarParamContext star ? star.tfpdef()
                        : p instanceof DoubleStarParamContext kw ? kw.tfpdef() : null;
                if (tf != null && tf.test() != null) {
                    anns.add(new Ast.Keyword(line(tf), col(tf), tf.name.getText(), expr(tf.test())));
                }
            }
        }
        if (ctx.ret != null) anns.add(new Ast.Keyword(line(ctx.ret), col(ctx.ret), "return", expr(ctx.ret)));
        return new Ast.FunctionDef(line(ctx), col(ctx), ctx.name.getText(), args, block(ctx.block()), decorators, anns, isAsync);
    }

    private Ast.Stmt classdef(ClassdefContext ctx, List<Ast.Expr> decorators) {
        List<Ast.Expr> bases = new ArrayList<>();
        List<Ast.Keyword> keywords = new ArrayList<>();
        if (ctx.arglist() != null) arguments(ctx.arglist(), ctx.arglist().getStart(), bases, keywords);
        return new Ast.ClassDef(line(ctx), col(ctx), ctx.name.getText(), bases, keywords, block(ctx.block()),
                decorators);
    }

    // ---- parameters ----------------------------------------------------------------------------

    private Ast.Arguments parameters(TypedargslistContext list) {
        Parameters params = new Parameters(source);
        if (list == null) return params.build();
        for (TypedargContext p : list.typedarg()) {
            if (p instanceof PlainParamContext plain) {
                params.plain(arg(plain.tfpdef().name), expr(plain.test()));
            } else if (p instanceof StarParamContext star) {
                params.star(star.tfpdef() == null ? null : arg(star.tfpdef().name), star.getStart());
            } else if (p instanceof DoubleStarParamContext kw) {
                params.doubleStar(arg(kw.tfpdef().name));
            } else {
                params.slash(p.getStart());
            }
        }
        return params.build();
    }

    private Ast.Arguments lambdaParameters(VarargslistContext list) {
        Parameters params = new Parameters(source);
        if (list == null) return params.build();
        for (VarargContext p : list.vararg()) {
            if (p instanceof PlainLambdaParamContext plain) {
                params.plain(arg(plain.name), expr(plain.test()));
            } else if (p instanceof StarLambdaParamContext star) {
                params.star(star.name == null ? null : arg(star.name), star.getStart());
            } else if (p instanceof DoubleStarLambdaParamContext kw) {
                params.doubleStar(arg(kw.name));
            } else {
                params.slash(p.getStart());
            }
        }
        return params.build();
    }

    private static Ast.Arg arg(Token name) {
        return new Ast.Arg(name.getLine(), name.getCharPositionInLine(), name.getText());
    }

    // ---- expressions ---------------------------------------------------------------------------

    @Override
    public Ast.Expr visitNamedexpr_test(Namedexpr_testContext ctx) {
        Ast.Expr target = expr(ctx.test(0));
        if (ctx.value == null) return target;
        if (!(target instanceof Ast.Name name)) {
            throw error("cannot use assignment expressions with " + Targets.describe(target), target);
        }
        return new Ast.NamedExpr(line(ctx), col(ctx), name, expr(ctx.value));
    }

    @Override
    public Ast.Expr visitCondTest(CondTestContext ctx) {
        Ast.Expr body = expr(ctx.or_test(0));
        if (ctx.cond == null) return body;
        return new Ast.IfExp(line(ctx), col(ctx), expr(ctx.cond), body, expr(ctx.orelse));
    }

    @Override
    public Ast.Expr visitLambdaTest(LambdaTestContext ctx) {
        LambdefContext l = ctx.lambdef();
        return new Ast.Lambda(line(l), col(l), lambdaParameters(l.varargslist()), expr(l.test()));
    }

    @Override
    public Ast.Expr visitOr_test(Or_testContext ctx) {
        if (ctx.getChildCount() == 1) return expr(ctx.getChild(0));
        return new Ast.BoolOp(line(ctx), col(ctx), "or", exprs(ctx.and_test()));
    }

    @Override
    public Ast.Expr visitAnd_test(And_testContext ctx) {
        if (ctx.getChildCount() == 1) return expr(ctx.getChild(0));
        return new Ast.BoolOp(line(ctx), col(ctx), "and", exprs(ctx.not_test()));
    }

    @Override
    public Ast.Expr visitNotTest(NotTestContext ctx) {
        return new Ast.UnaryOp(line(ctx), col(ctx), "not", expr(ctx.not_test()));
    }

    @Override
    public Ast.Expr visitComparisonTest(ComparisonTestContext ctx) {
        return expr(ctx.comparison());
    }

    @Override
    public Ast.Expr visitComparison(ComparisonContext ctx) {
        List<ExprContext> operands = ctx.expr();
        if (operands.size() == 1) return expr(operands.get(0));
        List<String> ops = new ArrayList<>();
        for (Comp_opContext op : ctx.comp_op()) {
            ops.add(op.getChildCount() == 1 ? op.getText() : op.getChild(0).getText() + " " + op.getChild(1).getText());
        }
        return new Ast.Compare(line(ctx), col(ctx), expr(operands.get(0)), ops,
                exprs(operands.subList(1, operands.size())));
    }

    @Override
    public Ast.Expr visitStar_expr(Star_exprContext ctx) {
        return new Ast.Starred(line(ctx), col(ctx), expr(ctx.expr()));
    }

    @Override
    public Ast.Expr visitAtomExpr(AtomExprContext ctx) {
        return expr(ctx.atom());
    }

    @Override
    public Ast.Expr visitAttributeExpr(AttributeExprContext ctx) {
        return new Ast.Attribute(line(ctx), col(ctx), expr(ctx.expr()), ctx.name.getText());
    }

    @Override
    public Ast.Expr visitCallExpr(CallExprContext ctx) {
        List<Ast.Expr> args = new ArrayList<>();
        List<Ast.Keyword> keywords = new ArrayList<>();
        if (ctx.arglist() != null) arguments(ctx.arglist(), ctx.op, args, keywords);
        return new Ast.Call(line(ctx), col(ctx), expr(ctx.expr()), args, keywords);
    }

    @Override
    public Ast.Expr visitSubscriptExpr(SubscriptExprContext ctx) {
        return new Ast.Subscript(line(ctx), col(ctx), expr(ctx.expr()), tupleOrSingle(ctx.subscriptlist()));
    }

    @Override
    public Ast.Expr visitIndexSubscript(IndexSubscriptContext ctx) {
        return expr(ctx.namedexpr_test());
    }

    @Override
    public Ast.Expr visitSliceSubscript(SliceSubscriptContext ctx) {
        return new Ast.Slice(line(ctx), col(ctx), expr(ctx.lower), expr(ctx.upper), expr(ctx.step));
    }

    @Override
    public Ast.Expr visitPowerExpr(PowerExprContext ctx) {
        return binary(ctx, ctx.expr(0), ctx.op, ctx.expr(1));
    }

    @Override
    public Ast.Expr visitTermExpr(TermExprContext ctx) {
        return binary(ctx, ctx.expr(0), ctx.op, ctx.expr(1));
    }

    @Override
    public Ast.Expr visitArithExpr(ArithExprContext ctx) {
        return binary(ctx, ctx.expr(0), ctx.op, ctx.expr(1));
    }

    @Override
    public Ast.Expr visitShiftExpr(ShiftExprContext ctx) {
        return binary(ctx, ctx.expr(0), ctx.op, ctx.expr(1));
    }

    @Override
    public Ast.Expr visitBitAndExpr(BitAndExprContext ctx) {
        return binary(ctx, ctx.expr(0), ctx.op, ctx.expr(1));
    }

    @Override
    public Ast.Expr visitBitXorExpr(BitXorExprContext ctx) {
        return binary(ctx, ctx.expr(0), ctx.op, ctx.expr(1));
    }

    @Override
    public Ast.Expr visitBitOrExpr(BitOrExprContext ctx) {
        return binary(ctx, ctx.expr(0), ctx.op, ctx.expr(1));
    }

    private Ast.Expr binary(ParserRuleContext ctx, ExprContext left, Token op, ExprContext right) {
        return new Ast.BinOp(line(ctx), col(ctx), expr(left), op.getText(), expr(right));
    }

    @Override
    public Ast.Expr visitUnaryExpr(UnaryExprContext ctx) {
        return new Ast.UnaryOp(line(ctx), col(ctx), ctx.op.getText(), expr(ctx.expr()));
    }

    @Override
    public Ast.Expr visitYieldFromExpr(YieldFromExprContext ctx) {
        return new Ast.YieldFrom(line(ctx), col(ctx), expr(ctx.test()));
    }

    @Override
    public Ast.Expr visitYieldValueExpr(YieldValueExprContext ctx) {
        Testlist_star_exprContext value = ctx.testlist_star_expr();
        return new Ast.Yield(line(ctx), col(ctx), value == null ? null : tupleOrSingle(value));
    }

    // ---- call arguments ------------------------------------------------------------------------

    /**
     * Fills {@code args} and {@code keywords}, checking their order as CPython's parser does.
     * A lone generator argument is placed at {@code open}, the call's '(' (CPython does the same).
     */
    private void arguments(ArglistContext list, Token open, List<Ast.Expr> args, List<Ast.Keyword> keywords) {
        boolean keywordSeen = false;
        boolean doubleStarSeen = false;
        Set<String> names = new HashSet<>();
        for (ArgumentContext a : list.argument()) {
            if (a instanceof KeywordArgumentContext kw) {
                String name = kw.name.getText();
                if (!names.add(name)) throw error("keyword argument repeated: " + name, line(kw), col(kw));
                keywords.add(new Ast.Keyword(line(kw), col(kw), name, expr(kw.test())));
                keywordSeen = true;
            } else if (a instanceof DoubleStarArgumentContext kw) {
                keywords.add(new Ast.Keyword(line(kw), col(kw), null, expr(kw.test())));
                doubleStarSeen = true;
            } else if (a instanceof StarArgumentContext star) {
                if (doubleStarSeen) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", line(a), col(a));
                }
                args.add(new Ast.Starred(line(star), col(star), expr(star.test())));
            } else {
                if (doubleStarSeen) throw error("positional argument follows keyword argument unpacking", line(a), col(a));
                if (keywordSeen) throw error("positional argument follows keyword argument", line(a), col(a));
                args.add(positional((PositionalArgumentContext) a, list.argument().size(), open));
            }
        }
    }

    private Ast.Expr positional(PositionalArgumentContext a, int argumentCount, Token open) {
        Ast.Expr value = expr(a.namedexpr_test());
        if (a.comp_for() == null) return value;
        if (argumentCount > 1) throw error("Generator expression must be parenthesized", line(a), col(a));
        return new Ast.GeneratorExp(open.getLine(), open.getCharPositionInLine(), value, comprehension(a.comp_for()));
    }

    // ---- atoms and displays --------------------------------------------------------------------

    @Override
    public Ast.Expr visitParenAtom(ParenAtomContext ctx) {
        if (ctx.yield_expr() != null) return expr(ctx.yield_expr());
        Testlist_compContext body = ctx.testlist_comp();
        int line = ctx.op.getLine();
        int col = ctx.op.getCharPositionInLine();
        if (body == null) return new Ast.Tuple(line, col, new ArrayList<>());
        if (body.comp_for() != null) {
            return new Ast.GeneratorExp(line, col, expr(body.getChild(0)), comprehension(body.comp_for()));
        }
        List<Ast.Expr> elts = childExprs(body);
        if (body.getChildCount() == 1) {
            if (elts.get(0) instanceof Ast.Starred s) throw error("cannot use starred expression here", s);
            return elts.get(0);
        }
        return new Ast.Tuple(line, col, elts);
    }

    @Override
    public Ast.Expr visitListAtom(ListAtomContext ctx) {
        Testlist_compContext body = ctx.testlist_comp();
        if (body == null) return new Ast.ListExpr(line(ctx), col(ctx), new ArrayList<>());
        if (body.comp_for() != null) {
            return new Ast.ListComp(line(ctx), col(ctx), expr(body.getChild(0)), comprehension(body.comp_for()));
        }
        return new Ast.ListExpr(line(ctx), col(ctx), childExprs(body));
    }

    @Override
    public Ast.Expr visitDictOrSetAtom(DictOrSetAtomContext ctx) {
        return ctx.dictorsetmaker() == null
                ? new Ast.DictExpr(line(ctx), col(ctx), new ArrayList<>(), new ArrayList<>())
                : display(ctx, ctx.dictorsetmaker());
    }

    private Ast.Expr display(ParserRuleContext at, DictorsetmakerContext body) {
        if (body instanceof SetMakerContext set) {
            if (set.comp_for() != null) {
                return new Ast.SetComp(line(at), col(at), expr(set.getChild(0)), comprehension(set.comp_for()));
            }
            return new Ast.SetExpr(line(at), col(at), childExprs(set));
        }
        DictMakerContext dict = (DictMakerContext) body;
        if (dict.comp_for() != null) {
            if (!(dict.dict_item(0) instanceof KeyValueItemContext kv)) {
                throw error("dict unpacking cannot be used in dict comprehension", line(dict), col(dict));
            }
            return new Ast.DictComp(line(at), col(at), expr(kv.key), expr(kv.value), comprehension(dict.comp_for()));
        }
        List<Ast.Expr> keys = new ArrayList<>();
        List<Ast.Expr> values = new ArrayList<>();
        for (Dict_itemContext item : dict.dict_item()) {
            if (item instanceof KeyValueItemContext kv) {
                keys.add(expr(kv.key));
                values.add(expr(kv.value));
            } else {
                keys.add(null);
                values.add(expr(((DoubleStarItemContext) item).expr()));
            }
        }
        return new Ast.DictExpr(line(at), col(at), keys, values);
    }

    private List<Ast.Comprehension> comprehension(Comp_forContext ctx) {
        List<Ast.Comprehension> generators = new ArrayList<>();
        for (Comp_clauseContext clause : ctx.comp_clause()) {
            Ast.Expr target = tupleOrSingle(clause.exprlist());
            Targets.checkAssign(target, false, source);
            List<Or_testContext> tests = clause.or_test();
            generators.add(new Ast.Comprehension(target, expr(tests.get(0)), exprs(tests.subList(1, tests.size())), clause.getStart().getText().equals("async")));
        }
        return generators;
    }

    @Override
    public Ast.Expr visitNameAtom(NameAtomContext ctx) {
        return new Ast.Name(line(ctx), col(ctx), ctx.getText());
    }

    @Override
    public Ast.Expr visitNumberAtom(NumberAtomContext ctx) {
        String text = ctx.getText();
        if (text.endsWith("j") || text.endsWith("J")) {
            double v = Double.parseDouble(text.substring(0, text.length() - 1).replace("_", ""));
            return call(line(ctx), col(ctx), new Ast.Constant(line(ctx), col(ctx), minipy.vm.ExcGroups.IMAG),
                    new Ast.Constant(line(ctx), col(ctx), v));
        }
        return new Ast.Constant(line(ctx), col(ctx), Literals.number(text));
    }

    @Override
    public Ast.Expr visitEllipsisAtom(EllipsisAtomContext ctx) {
        return new Ast.Constant(line(ctx), col(ctx), Ast.Ellipsis.INSTANCE);
    }

    @Override
    public Ast.Expr visitNoneAtom(NoneAtomContext ctx) {
        return new Ast.Constant(line(ctx), col(ctx), null);
    }

    @Override
    public Ast.Expr visitTrueAtom(TrueAtomContext ctx) {
        return new Ast.Constant(line(ctx), col(ctx), Boolean.TRUE);
    }

    @Override
    public Ast.Expr visitFalseAtom(FalseAtomContext ctx) {
        return new Ast.Constant(line(ctx), col(ctx), Boolean.FALSE);
    }

    @Override
    public Ast.Expr visitStringAtom(StringAtomContext ctx) {
        List<Token> tokens = new ArrayList<>();
        for (TerminalNode t : ctx.STRING()) tokens.add(t.getSymbol());
        return Literals.strings(tokens, source);
    }
}
