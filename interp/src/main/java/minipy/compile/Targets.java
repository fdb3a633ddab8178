package minipy.compile;

import java.util.Map;
import java.util.Set;

/**
 * Checks of expressions used as assignment, deletion and annotation targets. The grammar parses
 * targets as ordinary expressions (as CPython's did before 3.9); these checks give the errors
 * CPython 3.11 gives, e.g. "cannot assign to literal", "cannot delete function call".
 */
final class Targets {
    private Targets() {}

    /**
     * A target of '=', of for, of with ... as, or of a comprehension. {@code hint} is true for
     * the single target of a plain "x = value" statement, where CPython 3.11 suggests '=='
     * unless the target is a tuple, list, None/True/False or an expression looser than '|'.
     */
    static void checkAssign(Ast.Expr target, boolean hint, Source source) {
        if (isPlainTarget(target)) return;
        if (target instanceof Ast.Tuple t) {
            for (Ast.Expr e : t.elts()) checkAssign(e instanceof Ast.Starred s ? s.value() : e, false, source);
        } else if (target instanceof Ast.ListExpr l) {
            for (Ast.Expr e : l.elts()) checkAssign(e instanceof Ast.Starred s ? s.value() : e, false, source);
        } else if (target instanceof Ast.Starred) {
            throw error("starred assignment target must be in a list or tuple", target, source);
        } else {
            boolean withHint = hint && !isKeywordConstant(target) && !LOOSER_THAN_BITWISE_OR.contains(target.getClass())
                    && !(target instanceof Ast.UnaryOp u && u.op().equals("not"));
            throw error("cannot assign to " + describe(target)
                    + (withHint ? " here. Maybe you meant '==' instead of '='?" : ""), target, source);
        }
    }

    static void checkDelete(Ast.Expr target, Source source) {
        if (isPlainTarget(target)) return;
        if (target instanceof Ast.Tuple t) {
            for (Ast.Expr e : t.elts()) checkDelete(e, source);
        } else if (target instanceof Ast.ListExpr l) {
            for (Ast.Expr e : l.elts()) checkDelete(e, source);
        } else {
            throw error("cannot delete " + describe(target), target, source);
        }
    }

    static void checkAugmented(Ast.Expr target, Source source) {
        if (isPlainTarget(target)) return;
        String what = target instanceof Ast.Tuple ? "tuple" : target instanceof Ast.ListExpr ? "list" : describe(target);
        throw error("'" + what + "' is an illegal expression for augmented assignment", target, source);
    }

    static void checkAnnotated(Ast.Expr target, Source source) {
        if (isPlainTarget(target)) return;
        String msg = target instanceof Ast.Tuple ? "only single target (not tuple) can be annotated"
                : target instanceof Ast.ListExpr ? "only single target (not list) can be annotated"
                : "illegal target for annotation";
        throw error(msg, target, source);
    }

    private static final Set<Class<?>> LOOSER_THAN_BITWISE_OR = Set.of(Ast.Compare.class, Ast.BoolOp.class,
            Ast.IfExp.class, Ast.Lambda.class, Ast.GeneratorExp.class);

    private static final Map<Class<?>, String> NAMES = Map.ofEntries(
            Map.entry(Ast.Call.class, "function call"),
            Map.entry(Ast.Compare.class, "comparison"),
            Map.entry(Ast.IfExp.class, "conditional expression"),
            Map.entry(Ast.Lambda.class, "lambda"),
            Map.entry(Ast.ListComp.class, "list comprehension"),
            Map.entry(Ast.SetComp.class, "set comprehension"),
            Map.entry(Ast.DictComp.class, "dict comprehension"),
            Map.entry(Ast.GeneratorExp.class, "generator expression"),
            Map.entry(Ast.Yield.class, "yield expression"),
            Map.entry(Ast.YieldFrom.class, "yield expression"),
            Map.entry(Ast.NamedExpr.class, "named expression"),
            Map.entry(Ast.DictExpr.class, "dict literal"),
            Map.entry(Ast.SetExpr.class, "set display"),
            Map.entry(Ast.JoinedStr.class, "f-string expression"),
            Map.entry(Ast.Starred.class, "starred"),
            Map.entry(Ast.Attribute.class, "attribute"),
            Map.entry(Ast.Subscript.class, "subscript"),
            Map.entry(Ast.Tuple.class, "tuple"),
            Map.entry(Ast.ListExpr.class, "list"));

    /** The name CPython's error messages use for a kind of expression. */
    static String describe(Ast.Expr e) {
        if (e instanceof Ast.Constant c) return constant(c.value());
        return NAMES.getOrDefault(e.getClass(), "expression");
    }

    private static boolean isPlainTarget(Ast.Expr e) {
        return e instanceof Ast.Name || e instanceof Ast.Attribute || e instanceof Ast.Subscript;
    }

    private static String constant(Object value) {
        if (value == null) return "None";
        if (value instanceof Boolean b) return b ? "True" : "False";
        if (value == Ast.Ellipsis.INSTANCE) return "ellipsis";
        return "literal";
    }

    private static boolean isKeywordConstant(Ast.Expr e) {
        return e instanceof Ast.Constant c && (c.value() == null || c.value() instanceof Boolean);
    }

    private static CompileError error(String msg, Ast.Node at, Source source) {
        return source.syntaxError(msg, at.line(), at.col());
    }
}
