package minipy.compile;

import java.util.List;

/**
 * The abstract syntax tree, shaped after CPython's {@code ast} module (same node and field
 * names where they exist). {@link AstBuilder} turns the ANTLR parse tree into these records;
 * {@link Symtable} and {@link Compiler} consume them. Every node knows its source line and
 * column (1-based line, 0-based column, as CPython reports them).
 */
public final class Ast {
    private Ast() {}

    public interface Node { int line(); int col(); }
    public interface Expr extends Node {}
    public interface Stmt extends Node {}

    /** Marker for the Ellipsis literal {@code ...} inside {@link Constant}. */
    public enum Ellipsis { INSTANCE }

    /** A bytes literal's value inside {@link Constant}. */
    public record Bytes(byte[] value) {}

    public record Module(List<Stmt> body) {}

    // ---- expressions -------------------------------------------------------------------
    public record Name(int line, int col, String id) implements Expr {}
    /** value: Long, java.math.BigInteger, Double, String, Boolean, Bytes, Ellipsis, or null for None. */
    public record Constant(int line, int col, Object value) implements Expr {}
    /** Imaginary literals are not supported. */
    /** f-string: parts are Constant(String) and FormattedValue. */
    public record JoinedStr(int line, int col, List<Expr> values) implements Expr {}
    /** conversion: 0 for none, or 's', 'r', 'a'. formatSpec: a JoinedStr or null. */
    public record FormattedValue(int line, int col, Expr value, int conversion, Expr formatSpec) implements Expr {}
    /** op: one of + - * / // % ** @ << >> & | ^ */
    public record BinOp(int line, int col, Expr left, String op, Expr right) implements Expr {}
    /** op: one of - + ~ not */
    public record UnaryOp(int line, int col, String op, Expr operand) implements Expr {}
    /** op: "and" or "or"; values has at least 2 items (a chain a or b or c is one node). */
    public record BoolOp(int line, int col, String op, List<Expr> values) implements Expr {}
    /** ops: < > == >= <= != in "not in" is "is not" */
    public record Compare(int line, int col, Expr left, List<String> ops, List<Expr> comparators) implements Expr {}
    public record IfExp(int line, int col, Expr test, Expr body, Expr orelse) implements Expr {}
    public record Lambda(int line, int col, Arguments args, Expr body) implements Expr {}
    /** args may contain Starred (for *x); keywords with arg == null are **x. */
    public record Call(int line, int col, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}
    public record Attribute(int line, int col, Expr value, String attr) implements Expr {}
    /** slice: an Expr, a Slice, or a Tuple that may contain Slices (a[1:2, 3]). */
    public record Subscript(int line, int col, Expr value, Expr slice) implements Expr {}
    /** Any part may be null. */
    public record Slice(int line, int col, Expr lower, Expr upper, Expr step) implements Expr {}
    public record Starred(int line, int col, Expr value) implements Expr {}
    public record ListExpr(int line, int col, List<Expr> elts) implements Expr {}
    public record Tuple(int line, int col, List<Expr> elts) implements Expr {}
    public record SetExpr(int line, int col, List<Expr> elts) implements Expr {}
    /** A null key means {@code **values[i]}. */
    public record DictExpr(int line, int col, List<Expr> keys, List<Expr> values) implements Expr {}
    public record ListComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}
    public record SetComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}
    public record DictComp(int line, int col, Expr key, Expr value, List<Comprehension> generators) implements Expr {}
    public record GeneratorExp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}
    /** value may be null ({@code yield} alone). */
    public record Yield(int line, int col, Expr value) implements Expr {}
    public record YieldFrom(int line, int col, Expr value) implements Expr {}
    public record Await(int line, int col, Expr value) implements Expr {}
    /** Walrus: target := value. */
    public record NamedExpr(int line, int col, Name target, Expr value) implements Expr {}

    public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
        public Comprehension(Expr target, Expr iter, List<Expr> ifs) { this(target, iter, ifs, false); }
    }
    /** arg == null means {@code **value}. */
    public record Keyword(int line, int col, String arg, Expr value) {}
    public record Arg(int line, int col, String arg) {}
    /**
     * posonlyargs and args are positional parameters; defaults align with the END of
     * posonlyargs+args. kwDefaults align with kwonlyargs, null where there is no default.
     * vararg / kwarg are null when absent.
     */
    public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                            List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {}

    // ---- statements --------------------------------------------------------------------
    public record ExprStmt(int line, int col, Expr value) implements Stmt {}
    /** a = b = value has targets [a, b]. Targets: Name, Attribute, Subscript, Tuple, ListExpr, Starred inside those. */
    public record Assign(int line, int col, List<Expr> targets, Expr value) implements Stmt {}
    public record AugAssign(int line, int col, Expr target, String op, Expr value) implements Stmt {}
    /** x: int = 3 ; value may be null. */
    public record AnnAssign(int line, int col, Expr target, Expr annotation, Expr value) implements Stmt {}
    public record If(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    public record While(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    public record For(int line, int col, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    public record Break(int line, int col) implements Stmt {}
    public record Continue(int line, int col) implements Stmt {}
    public record Pass(int line, int col) implements Stmt {}
    /** annotations: parameter name (or "return") and its annotation, in source order. */
    public record FunctionDef(int line, int col, String name, Arguments args, List<Stmt> body,
                              List<Expr> decorators, List<Keyword> annotations, boolean isAsync) implements Stmt {}
    public record ClassDef(int line, int col, String name, List<Expr> bases, List<Keyword> keywords,
                           List<Stmt> body, List<Expr> decorators) implements Stmt {}
    public record Return(int line, int col, Expr value) implements Stmt {}

    // ---- match statement (PEP 634) ----------------------------------------------------
    public interface Pattern {}
    public record MatchValue(Expr value) implements Pattern {}
    /** value: null (None), Boolean.TRUE or Boolean.FALSE. */
    public record MatchSingleton(Object value) implements Pattern {}
    public record MatchSequence(List<Pattern> patterns) implements Pattern {}
    /** *name inside a sequence pattern; name null for *_. */
    public record MatchStar(String name) implements Pattern {}
    public record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}
    public record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns) implements Pattern {}
    /** pattern null: a capture (or the wildcard when name is null too). */
    public record MatchAs(Pattern pattern, String name) implements Pattern {}
    public record MatchOr(List<Pattern> patterns) implements Pattern {}
    public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
    public record Match(int line, int col, Expr subject, List<MatchCase> cases) implements Stmt {}
    public record Delete(int line, int col, List<Expr> targets) implements Stmt {}
    public record Global(int line, int col, List<String> names) implements Stmt {}
    public record Nonlocal(int line, int col, List<String> names) implements Stmt {}
    /** type and name may be null. */
    public record ExceptHandler(int line, int col, Expr type, String name, List<Stmt> body) {}
    public record Try(int line, int col, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                      List<Stmt> finalbody) implements Stmt {}
    /** exc and cause may be null. */
    public record Raise(int line, int col, Expr exc, Expr cause) implements Stmt {}
    /** optionalVars may be null. */
    public record WithItem(Expr contextExpr, Expr optionalVars) {}
    public record With(int line, int col, List<WithItem> items, List<Stmt> body) implements Stmt {}
    public record Assert(int line, int col, Expr test, Expr msg) implements Stmt {}
    /** name is dotted ("a.b"); asname may be null; for "from m import *" the single alias has name "*". */
    public record Alias(String name, String asname) {}
    public record Import(int line, int col, List<Alias> names) implements Stmt {}
    /** module may be null for "from . import x"; level = number of leading dots. */
    public record ImportFrom(int line, int col, String module, List<Alias> names, int level) implements Stmt {}
}
