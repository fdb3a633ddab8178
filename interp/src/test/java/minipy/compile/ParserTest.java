package minipy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import minipy.compile.antlr.PythonLexer;
import minipy.compile.antlr.PythonParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The parser front end: the token stream the indentation-aware token source produces, the AST
 * shapes of representative constructs (printed compactly by {@link #show}), and CPython 3.11's
 * syntax error messages and positions.
 */
class ParserTest {

    // ---- helpers -------------------------------------------------------------------------------

    /** Token display names after IndentingTokenSource, e.g. "'if' NAME ':' NEWLINE INDENT ...". */
    private static String tokens(String src) {
        Source source = new Source(src, "<test>");
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(source.text));
        lexer.removeErrorListeners();
        IndentingTokenSource ts = new IndentingTokenSource(lexer, source, true);
        List<String> names = new ArrayList<>();
        for (Token t = ts.nextToken(); ; t = ts.nextToken()) {
            names.add(t.getType() == Token.EOF ? "EOF" : PythonParser.VOCABULARY.getDisplayName(t.getType()));
            if (t.getType() == Token.EOF) return String.join(" ", names);
        }
    }

    private static List<Ast.Stmt> parse(String src) {
        return Parser.parse(src, "<test>").body();
    }

    /** The single statement of {@code src}, shown compactly. */
    private static String stmt(String src) {
        List<Ast.Stmt> body = parse(src);
        assertEquals(1, body.size(), "statements in " + src);
        return show(body.get(0));
    }

    private static String expr(String src) {
        return show(Parser.parseExpression(src, "<test>"));
    }

    private static CompileError error(String src) {
        return assertThrows(CompileError.class, () -> Parser.parse(src, "<test>"));
    }

    private static void assertError(String kind, String msg, int line, int offset, String src) {
        CompileError e = error(src);
        assertEquals(kind + ": " + msg + " @" + line + ":" + offset,
                e.kind + ": " + e.msg + " @" + e.line + ":" + e.offset, "for " + src);
    }

    private static void assertSyntaxError(String msg, int line, int offset, String src) {
        assertError("SyntaxError", msg, line, offset, src);
    }

    /**
     * Compact AST text without positions: Name is its id, Constant its value ('str', 1, None,
     * ...), other nodes Type(field, ...) in record order, strings quoted, lists in brackets.
     */
    static String show(Object o) {
        if (o == null) return "None";
        if (o instanceof List<?> list) {
            return list.stream().map(ParserTest::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (o instanceof String s) return "'" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("'", "\\'") + "'";
        if (o instanceof Ast.Name n) return n.id();
        if (o instanceof Ast.Constant c) return c.value() instanceof Ast.Bytes b ? bytes(b.value()) : show(c.value());
        if (o instanceof Ast.Ellipsis) return "...";
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (!o.getClass().isRecord()) return String.valueOf(o);
        List<String> fields = new ArrayList<>();
        for (RecordComponent rc : o.getClass().getRecordComponents()) {
            if (rc.getName().equals("line") || rc.getName().equals("col")) continue;
            try {
                fields.add(show(rc.getAccessor().invoke(o)));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return o.getClass().getSimpleName() + "(" + String.join(", ", fields) + ")";
    }

    private static String bytes(byte[] value) {
        StringBuilder sb = new StringBuilder("b'");
        for (byte b : value) {
            if (b == '\\') sb.append("\\\\");
            else sb.append(b >= 32 && b < 127 ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xFF));
        }
        return sb.append('\'').toString();
    }

    // ---- the token source ----------------------------------------------------------------------

    @Nested
    class Indentation {
        @Test
        void indentAndDedentAroundABlock() {
            assertEquals("'if' NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE EOF",
                    tokens("if x:\n    y\nz\n"));
        }

        @Test
        void blankAndCommentOnlyLinesAreIgnored() {
            assertEquals("'if' NAME ':' NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF",
                    tokens("if x:  # c\n\n    y\n        # deeper comment\n\n  # shallower\n    z\n\n"));
        }

        @Test
        void newlinesInsideBracketsAreJoined() {
            assertEquals("NAME '=' '[' NUMBER ',' NUMBER ']' NEWLINE NAME NEWLINE EOF",
                    tokens("x = [1,\n        2\n]\ny\n"));
        }

        @Test
        void backslashContinuation() {
            assertEquals("NAME '=' NUMBER '+' NUMBER NEWLINE EOF", tokens("x = 1 + \\\n      2\n"));
        }

        @Test
        void missingFinalNewlineIsSupplied() {
            assertEquals("'if' NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT EOF", tokens("if x:\n    y"));
        }

        @Test
        void severalDedentsAtOnce() {
            assertEquals("'if' NAME ':' NEWLINE INDENT 'if' NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT DEDENT NAME"
                    + " NEWLINE EOF", tokens("if a:\n  if b:\n    c\nd\n"));
        }

        @Test
        void tabsAreConsistentWithThemselves() {
            assertEquals(3, ((Ast.If) parse("if a:\n\tb\n\tif c:\n\t\td\n\te\n").get(0)).body().size());
        }

        @Test
        void tabStopsAreEight() {
            // A tab then 8 spaces is column 16, two levels deep.
            Ast.If outer = (Ast.If) parse("if a:\n\tif b:\n\t        c\n").get(0);
            assertInstanceOf(Ast.If.class, outer.body().get(0));
        }

        @Test
        void windowsAndOldMacLineEndings() {
            assertEquals("If(x, [Assign([y], 2)], [])", stmt("if x:\r\n    y = 2\r\n"));
            assertEquals("If(x, [Assign([y], 2)], [])", stmt("if x:\r    y = 2\r"));
        }

        @Test
        void inconsistentDedent() {
            assertError("IndentationError", "unindent does not match any outer indentation level", 3, 4,
                    "if 1:\n    a\n  b\n");
        }

        @Test
        void unexpectedIndent() {
            assertError("IndentationError", "unexpected indent", 2, 2, "a = 1\n  b = 2\n");
            assertError("IndentationError", "unexpected indent", 1, 2, "  x = 1\n");
        }

        @Test
        void missingIndentedBlock() {
            assertError("IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1,
                    "if x:\npass\n");
            assertError("IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6,
                    "if x:\n");
            assertError("IndentationError", "expected an indented block after function definition on line 2", 3, 1,
                    "@d\ndef f():\nreturn\n");
            assertError("IndentationError", "expected an indented block after class definition on line 1", 2, 1,
                    "class A:\nx = 1\n");
            assertError("IndentationError", "expected an indented block after 'if' statement on line 2", 3, 0,
                    "def f():\n    if x:\ny = 1\n");
        }

        @Test
        void missingBlockNamesTheClause() {
            String[][] cases = {
                {"while 1:\n", "'while' statement on line 1"},
                {"for x in y:\n", "'for' statement on line 1"},
                {"try:\n", "'try' statement on line 1"},
                {"try:\n  pass\nexcept E:\n", "'except' statement on line 3"},
                {"try:\n  pass\nfinally:\n", "'finally' statement on line 3"},
                {"if 1:\n  pass\nelif 2:\n", "'elif' statement on line 3"},
                {"if 1:\n  pass\nelse:\n", "'else' statement on line 3"},
                {"with a:\n", "'with' statement on line 1"},
            };
            for (String[] c : cases) {
                CompileError e = error(c[0]);
                assertEquals("IndentationError", e.kind, c[0]);
                assertEquals("expected an indented block after " + c[1], e.msg, c[0]);
            }
        }

        @Test
        void tabError() {
            assertError("TabError", "inconsistent use of tabs and spaces in indentation", 3, 1,
                    "if True:\n\tx = 1\n        y = 2\n");
        }

        @Test
        void indentationLimit() {
            StringBuilder src = new StringBuilder();
            for (int i = 0; i < 100; i++) src.append(" ".repeat(i)).append("if x:\n");
            src.append(" ".repeat(100)).append("pass\n");
            assertEquals("too many levels of indentation", error(src.toString()).msg);
        }
    }

    @Nested
    class TokenizerErrors {
        @Test
        void unterminatedStrings() {
            assertSyntaxError("unterminated string literal (detected at line 1)", 1, 5, "x = 'abc\n");
            assertSyntaxError("unterminated string literal (detected at line 1)", 1, 7, "'abc' 'def\n");
            assertSyntaxError("unterminated triple-quoted string literal (detected at line 3)", 1, 5,
                    "x = '''abc\n\ny\n");
        }

        @Test
        void brackets() {
            assertSyntaxError("'(' was never closed", 1, 5, "x = (1,\n2\n");
            assertSyntaxError("unmatched ')'", 1, 6, "x = 1)\n");
            assertSyntaxError("closing parenthesis ')' does not match opening parenthesis '['", 1, 10, "x = [1, 2)\n");
            assertSyntaxError("closing parenthesis ']' does not match opening parenthesis '(' on line 1", 3, 4,
                    "x = (\n  1,\n  2]\n");
        }

        @Test
        void strayCharacters() {
            assertSyntaxError("invalid syntax", 1, 5, "x = $\n");
            assertSyntaxError("invalid character '，' (U+FF0C)", 1, 5, "x = ，\n");
            assertSyntaxError("invalid character '（' (U+FF08)", 1, 6, "print（1）\n");
            assertSyntaxError("invalid non-printable character U+3000", 1, 2, "x\u3000= 1\n");
            assertSyntaxError("unexpected character after line continuation character", 1, 8, "a = 1 \\ b\n");
        }

        @Test
        void malformedNumbers() {
            assertEquals("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    error("x = 0777\n").msg);
            assertEquals("invalid digit '2' in binary literal", error("0b2\n").msg);
            assertEquals("invalid digit '8' in octal literal", error("0o8\n").msg);
            assertEquals("invalid decimal literal", error("1_000a\n").msg);
            assertEquals("invalid decimal literal", error("1__0\n").msg);
        }

        @Test
        void keywordRightAfterNumberIsFine() {
            assertEquals("ExprStmt(IfExp(1, 1, 2))", stmt("1if 1 else 2\n"));
        }

        @Test
        void tooManyNestedBrackets() {
            assertEquals("too many nested parentheses", error("x = " + "(".repeat(201) + ")".repeat(201)).msg);
        }
    }

    // ---- statements ----------------------------------------------------------------------------

    @Nested
    class Statements {
        @Test
        void assignmentChainsAndUnpacking() {
            assertEquals("Assign([a, b], 1)", stmt("a = b = 1"));
            assertEquals("Assign([Tuple([a, Starred(b)])], x)", stmt("a, *b = x"));
            assertEquals("Assign([Tuple([Tuple([a, b]), c])], x)", stmt("(a, b), c = x"));
            assertEquals("Assign([ListExpr([a, Starred(b)])], y)", stmt("[a, *b] = y"));
            assertEquals("Assign([x], Tuple([1, 2]))", stmt("x = 1, 2"));
            assertEquals("Assign([x], Tuple([1]))", stmt("x = 1,"));
            assertEquals("Assign([Attribute(a, 'b'), Subscript(c, 0)], Yield(None))", stmt("a.b = c[0] = yield"));
        }

        @Test
        void augmentedAssignmentOperators() {
            for (String op : List.of("+", "-", "*", "/", "//", "%", "**", ">>", "<<", "&", "|", "^", "@")) {
                assertEquals("AugAssign(x, '" + op + "', 1)", stmt("x " + op + "= 1"));
            }
        }

        @Test
        void annotatedAssignment() {
            assertEquals("AnnAssign(x, int, 1)", stmt("x: int = 1"));
            assertEquals("AnnAssign(Attribute(a, 'b'), Subscript(list, int), None)", stmt("a.b: list[int]"));
        }

        @Test
        void elifChainsNestInOrelse() {
            assertEquals("If(a, [Pass()], [If(b, [Break()], [If(c, [Continue()], [Pass()])])])",
                    stmt("if a:\n  pass\nelif b:\n  break\nelif c:\n  continue\nelse:\n  pass\n"));
        }

        @Test
        void loopsWithElse() {
            assertEquals("While(x, [Break()], [Pass()])", stmt("while x:\n  break\nelse:\n  pass\n"));
            assertEquals("For(Tuple([i, Tuple([a, b])]), Call(enumerate, [x], []), [Pass()], [])",
                    stmt("for i, (a, b) in enumerate(x): pass"));
            assertEquals("For(x, Tuple([1, 2]), [Pass()], [Pass()])", stmt("for x in 1, 2: pass\nelse: pass"));
        }

        @Test
        void simpleStatementsOnOneLineAndInlineBodies() {
            List<Ast.Stmt> body = parse("a = 1; b = 2;\nif a: b = 3; c = 4\n");
            assertEquals(3, body.size());
            assertEquals(2, ((Ast.If) body.get(2)).body().size());
        }

        @Test
        void functionParameters() {
            assertEquals("FunctionDef('f', Arguments([], [Arg('a'), Arg('b')], Arg('args'), [Arg('c'), Arg('d')],"
                            + " [None, 2], Arg('kw'), [1]), [Pass()], [], [], False)",
                    stmt("def f(a, b=1, *args, c, d=2, **kw): pass"));
            assertEquals("Arguments([Arg('a')], [Arg('b')], None, [Arg('c')], [None], None, [])",
                    show(((Ast.FunctionDef) parse("def g(a, /, b, *, c): pass").get(0)).args()));
            assertEquals("Arguments([Arg('x')], [], Arg('a'), [], [], Arg('k'), [1])",
                    show(((Ast.FunctionDef) parse("def m(x: int = 1, /, *a: str, **k: 'x') -> None: pass")
                            .get(0)).args()));
            assertEquals("[Keyword('x', int), Keyword('a', str), Keyword('k', 'x'), Keyword('return', None)]",
                    show(((Ast.FunctionDef) parse("def m(x: int = 1, /, *a: str, **k: 'x') -> None: pass")
                            .get(0)).annotations()));
            assertEquals("True", show(((Ast.FunctionDef) parse("async def m(): pass").get(0)).isAsync()));
        }

        @Test
        void decoratorsAndClasses() {
            assertEquals("FunctionDef('f', Arguments([], [], None, [], [], None, []), [Pass()],"
                    + " [a, Call(Attribute(b, 'c'), [1], []), Lambda(Arguments([], [Arg('f')], None, [], [], None, []), f)], [], False)",
                    stmt("@a\n@b.c(1)\n@(lambda f: f)\ndef f(): pass\n"));
            assertEquals("ClassDef('A', [B], [Keyword('metaclass', M), Keyword(None, kw)], [Pass()], [x])",
                    stmt("@x\nclass A(B, metaclass=M, **kw): pass\n"));
        }

        @Test
        void decoratedFunctionStartsAtDef() {
            Ast.FunctionDef f = (Ast.FunctionDef) parse("@a\n@b\ndef f(): pass\n").get(0);
            assertEquals(3, f.line());
        }

        @Test
        void tryStatements() {
            assertEquals("Try([Pass()], [ExceptHandler(E, None, [Pass()]), ExceptHandler(Tuple([A, B]), 'e', [Raise(None, None)]),"
                            + " ExceptHandler(None, None, [Pass()])], [Pass()], [Pass()])",
                    stmt("try:\n  pass\nexcept E:\n  pass\nexcept (A, B) as e:\n  raise\nexcept:\n  pass\n"
                            + "else:\n  pass\nfinally:\n  pass\n"));
            assertEquals("Raise(X, Y)", stmt("raise X from Y"));
        }

        @Test
        void withItems() {
            assertEquals("With([WithItem(a, b), WithItem(c, None)], [Pass()])", stmt("with a as b, c: pass"));
            assertEquals("With([WithItem(a, b), WithItem(c, d)], [Pass()])", stmt("with (a as b,\n      c as d,): pass"));
            assertEquals("With([WithItem(a, None), WithItem(b, None)], [Pass()])", stmt("with (a, b): pass"));
            assertEquals("With([WithItem(Tuple([a, b]), c)], [Pass()])", stmt("with (a, b) as c: pass"));
        }

        @Test
        void smallStatements() {
            assertEquals("Assert(x, 'msg')", stmt("assert x, 'msg'"));
            assertEquals("Delete([a, Attribute(b, 'c'), Subscript(d, 0), Tuple([e, f])])", stmt("del a, b.c, d[0], (e, f)"));
            assertEquals("Global(['a', 'b'])", stmt("global a, b"));
            assertEquals("Nonlocal(['c'])", stmt("nonlocal c"));
            assertEquals("Return(Tuple([a, b]))", show(((Ast.FunctionDef) parse("def f(): return a, b").get(0)).body().get(0)));
        }

        @Test
        void imports() {
            assertEquals("Import([Alias('a.b.c', 'd'), Alias('e', None)])", stmt("import a.b.c as d, e"));
            assertEquals("ImportFrom('a', [Alias('b', None), Alias('c', 'd')], 0)", stmt("from a import (b,\n c as d,)"));
            assertEquals("ImportFrom(None, [Alias('x', None)], 1)", stmt("from . import x"));
            assertEquals("ImportFrom('m', [Alias('y', None)], 1)", stmt("from .m import y"));
            assertEquals("ImportFrom('a.b', [Alias('c', None)], 4)", stmt("from ....a.b import c"));
            assertEquals("ImportFrom('a', [Alias('*', None)], 0)", stmt("from a import *"));
        }

        @Test
        void docstringIsAnExpressionStatement() {
            Ast.FunctionDef f = (Ast.FunctionDef) parse("def f():\n    '''doc'''\n    return 1\n").get(0);
            assertEquals("ExprStmt('doc')", show(f.body().get(0)));
        }
    }

    // ---- expressions ---------------------------------------------------------------------------

    @Nested
    class Expressions {
        @Test
        void powerAndUnary() {
            assertEquals("UnaryOp('-', BinOp(2, '**', 2))", expr("-2**2"));
            assertEquals("BinOp(2, '**', UnaryOp('-', 1))", expr("2**-1"));
            assertEquals("BinOp(a, '**', BinOp(b, '**', c))", expr("a ** b ** c"));
            assertEquals("BinOp(BinOp(2, '**', UnaryOp('-', 1)), '*', 3)", expr("2 ** -1 * 3"));
        }

        @Test
        void precedenceLadder() {
            assertEquals("BinOp(a, '|', BinOp(b, '^', BinOp(c, '&', BinOp(d, '<<', BinOp(e, '+', BinOp(f, '*', g))))))",
                    expr("a | b ^ c & d << e + f * g"));
            assertEquals("BoolOp('or', [a, BoolOp('and', [b, UnaryOp('not', c)])])", expr("a or b and not c"));
            assertEquals("UnaryOp('not', Compare(a, ['=='], [b]))", expr("not a == b"));
            assertEquals("BinOp(BinOp(a, '-', b), '-', c)", expr("a - b - c"));
            assertEquals("BoolOp('or', [a, b, c])", expr("a or b or c"));
        }

        @Test
        void comparisonChains() {
            assertEquals("Compare(a, ['<', '<=', '!=', 'in', 'not in', 'is', 'is not'], [b, c, d, e, f, g, h])",
                    expr("a < b <= c != d in e not in f is g is not h"));
        }

        @Test
        void conditionalLambdaWalrus() {
            assertEquals("IfExp(b, a, IfExp(d, c, e))", expr("a if b else c if d else e"));
            assertEquals("Lambda(Arguments([], [Arg('a'), Arg('b')], Arg('c'), [Arg('d')], [None], Arg('e'), [1]), a)",
                    expr("lambda a, b=1, *c, d, **e: a"));
            assertEquals("NamedExpr(n, Call(len, [a], []))", expr("(n := len(a))"));
            assertEquals("If(NamedExpr(x, 1), [Pass()], [])", stmt("if x := 1: pass"));
        }

        @Test
        void callsAndTrailers() {
            assertEquals("Call(f, [a, Starred(b), c], [Keyword('d', 1), Keyword(None, e)])", expr("f(a, *b, c, d=1, **e)"));
            assertEquals("Call(f, [GeneratorExp(x, [Comprehension(x, y, [], False)])], [])", expr("f(x for x in y)"));
            assertEquals("Attribute(Subscript(Call(Call(f, [a], []), [b], []), c), 'd')", expr("f(a)(b)[c].d"));
            assertEquals("Call(f, [a], [])", expr("f(a,)"));
        }

        @Test
        void subscriptsAndSlices() {
            assertEquals("Subscript(a, Slice(1, 2, 3))", expr("a[1:2:3]"));
            assertEquals("Subscript(a, Slice(None, None, None))", expr("a[:]"));
            assertEquals("Subscript(a, Tuple([Slice(1, 2, None), Slice(None, None, 3), ...]))", expr("a[1:2, ::3, ...]"));
            assertEquals("Subscript(a, Tuple([b]))", expr("a[b,]"));
        }

        @Test
        void displays() {
            assertEquals("Tuple([])", expr("()"));
            assertEquals("Tuple([x])", expr("(x,)"));
            assertEquals("x", expr("(x)"));
            assertEquals("ListExpr([Starred(a), 1])", expr("[*a, 1]"));
            assertEquals("SetExpr([1, Starred(b)])", expr("{1, *b}"));
            assertEquals("DictExpr([1, None], [2, a])", expr("{1: 2, **a}"));
            assertEquals("DictExpr([], [])", expr("{}"));
            assertEquals("Assign([x], Tuple([Starred(a), b]))", stmt("x = *a, b"));
        }

        @Test
        void comprehensions() {
            assertEquals("ListComp(x, [Comprehension(x, y, [a, b], False), Comprehension(z, x, [], False)])",
                    expr("[x for x in y if a if b for z in x]"));
            assertEquals("SetComp(x, [Comprehension(x, y, [], False)])", expr("{x for x in y}"));
            assertEquals("DictComp(k, v, [Comprehension(Tuple([k, v]), Call(Attribute(d, 'items'), [], []), [], False)])",
                    expr("{k: v for k, v in d.items()}"));
            assertEquals("GeneratorExp(Tuple([x, y]), [Comprehension(x, a, [], False), Comprehension(y, b, [], False)])",
                    expr("((x, y) for x in a for y in b)"));
        }

        @Test
        void yields() {
            Ast.FunctionDef f = (Ast.FunctionDef) parse(
                    "def f():\n  yield\n  x = yield y\n  yield from z\n  f((yield))\n  yield a, b\n").get(0);
            assertEquals("[ExprStmt(Yield(None)), Assign([x], Yield(y)), ExprStmt(YieldFrom(z)),"
                    + " ExprStmt(Call(f, [Yield(None)], [])), ExprStmt(Yield(Tuple([a, b])))]", show(f.body()));
        }

        @Test
        void positionsAreOneBasedLinesZeroBasedColumns() {
            Ast.Assign a = (Ast.Assign) parse("\n  \nx = (a +\n     b)\n").get(0);
            assertEquals(3, a.line());
            assertEquals(0, a.col());
            Ast.BinOp sum = (Ast.BinOp) a.value();
            assertEquals(3, sum.line());
            assertEquals(5, sum.col());
            assertEquals(4, ((Ast.Name) sum.right()).line());
        }

        @Test
        void evalInput() {
            assertEquals("BinOp(1, '+', 2)", expr("  1 + 2\n\n"));
            assertEquals("Tuple([1, 2])", expr("1, 2"));
            assertThrows(CompileError.class, () -> Parser.parseExpression("x = 1", "<string>"));
            assertThrows(CompileError.class, () -> Parser.parseExpression("1\n2", "<string>"));
        }
    }

    // ---- literals ------------------------------------------------------------------------------

    @Nested
    class Literals {
        private Object value(String src) {
            return ((Ast.Constant) Parser.parseExpression(src, "<test>")).value();
        }

        @Test
        void numbers() {
            assertEquals(1_000_000L, value("1_000_000"));
            assertEquals(255L, value("0xff"));
            assertEquals(15L, value("0o17"));
            assertEquals(10L, value("0b1010"));
            assertEquals(Long.MAX_VALUE, value("9223372036854775807"));
            assertEquals(new BigInteger("9223372036854775808"), value("9223372036854775808"));
            assertEquals(new BigInteger("ffffffffffffffff", 16), value("0xFFFF_FFFF_FFFF_FFFF"));
            assertEquals(1.5, value("1.5"));
            assertEquals(1e-5, value("1e-5"));
            assertEquals(0.5, value(".5"));
            assertEquals(5.0, value("5."));
            assertEquals(Double.POSITIVE_INFINITY, value("1e400"));
        }

        @Test
        void keywordConstants() {
            assertNull(value("None"));
            assertEquals(Boolean.TRUE, value("True"));
            assertEquals(Boolean.FALSE, value("False"));
            assertEquals(Ast.Ellipsis.INSTANCE, value("..."));
        }

        @Test
        void stringsAndEscapes() {
            assertEquals("ab\"c", value("'a' \"b\" '\"c'"));
            assertEquals("\n\t\\'\"\u0007\b\f\u000b\r\0\033AéÀ😀•", value(
                    "'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\033\\x41\\u00e9\\300\\U0001F600\\N{BULLET}'"));
            assertEquals("line cont", value("'line \\\ncont'"));
            assertEquals("\\q\\d", value("'\\q\\d'"));
            assertEquals("\\n\\t", value("r'\\n' R'\\t'"));
            assertEquals("a\nb", value("'''a\nb'''"));
            assertEquals("é中文", value("u'é中文'"));
        }

        @Test
        void bytesLiterals() {
            assertEquals("b'abc\\x00\\xff\\\\n'", expr("b'abc' B'\\x00\\xff' rb'\\n'"));
            assertSyntaxError("cannot mix bytes and nonbytes literals", 1, 1, "'a' b'c'\n");
            assertSyntaxError("bytes can only contain ASCII literal characters", 1, 1, "b'é'\n");
        }

        @Test
        void badEscapes() {
            assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape",
                    error("x = '\\xz'\n").msg);
            assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode"
                    + " character name", error("'\\N{NOPE}'\n").msg);
        }

        @Test
        void fStrings() {
            assertEquals("JoinedStr(['a', FormattedValue(x, 0, None), 'b'])", expr("f'a{x}b'"));
            assertEquals("JoinedStr([FormattedValue(x, 114, None), ' ', FormattedValue(y, 115, None),"
                    + " FormattedValue(z, 97, None)])", expr("f'{x!r} {y!s}{z!a}'"));
            assertEquals("JoinedStr([FormattedValue(x, 0, JoinedStr(['>', FormattedValue(w, 0, None), '.2f']))])",
                    expr("f'{x:>{w}.2f}'"));
            assertEquals("JoinedStr(['{} {', FormattedValue(x, 0, None), '}'])", expr("f'{{}} {{{x}}}'"));
            assertEquals("JoinedStr(['a', FormattedValue(x, 0, None), 'b'])", expr("'a' f'{x}' 'b'"));
            assertEquals("JoinedStr([])", expr("f''"));
            assertEquals("JoinedStr([FormattedValue(Subscript(d, 'k'), 0, None)])", expr("f\"{d['k']}\""));
            assertEquals("JoinedStr(['\\n', FormattedValue(Compare(a, ['!='], [b]), 0, None)])", expr("f'\\n{a != b}'"));
            assertEquals("JoinedStr(['\\\\n', FormattedValue(y, 0, None)])", expr("rf'\\n{y}'"));
            assertEquals("JoinedStr([FormattedValue(Tuple([x, y]), 0, None)])", expr("f'{x, y}'"));
        }

        @Test
        void selfDocumentingFStrings() {
            assertEquals("JoinedStr(['x=', FormattedValue(x, 114, None)])", expr("f'{x=}'"));
            assertEquals("JoinedStr(['x = ', FormattedValue(x, 114, None)])", expr("f'{x = }'"));
            assertEquals("JoinedStr(['x=', FormattedValue(x, 115, None)])", expr("f'{x=!s}'"));
            assertEquals("JoinedStr(['x=', FormattedValue(x, 0, JoinedStr(['>10']))])", expr("f'{x=:>10}'"));
        }

        @Test
        void fStringFieldPositionsAreRealPositions() {
            Ast.JoinedStr s = (Ast.JoinedStr) ((Ast.Assign) parse("s = f'ab{ x }'\n").get(0)).value();
            Ast.Name x = (Ast.Name) ((Ast.FormattedValue) s.values().get(1)).value();
            assertEquals(1, x.line());
            assertEquals(10, x.col());
        }

        @Test
        void fStringErrors() {
            assertSyntaxError("f-string: empty expression not allowed", 1, 6, "f'{}'\n");
            assertSyntaxError("f-string: single '}' is not allowed", 1, 5, "f'}'\n");
            assertSyntaxError("f-string: expecting '}'", 1, 5, "f'{'\n");
            assertSyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, "f'{x!z}'\n");
            assertSyntaxError("f-string expression part cannot include a backslash", 1, 9, "f'{x\\n}'\n");
            assertEquals("f-string: invalid syntax", error("f'{1+}'\n").msg);
            assertEquals("f-string: invalid syntax. Perhaps you forgot a comma?", error("f'{a b}'\n").msg);
        }
    }

    // ---- syntax errors -------------------------------------------------------------------------

    @Nested
    class SyntaxErrors {
        @Test
        void genericAndExpectedColon() {
            assertSyntaxError("invalid syntax", 1, 5, "x = = 1\n");
            assertSyntaxError("invalid syntax", 1, 8, "x = 1 +\n");
            assertSyntaxError("invalid syntax", 1, 6, "if x y:\n  pass\n");
            assertSyntaxError("expected ':'", 1, 5, "if x\n  pass\n");
            assertSyntaxError("expected ':'", 1, 8, "class A\n  pass\n");
            assertSyntaxError("expected 'else' after 'if' expression", 1, 5, "x = 1 if 2\n");
            assertSyntaxError("expected 'except' or 'finally' block", 3, 1, "try:\n  pass\nx = 1\n");
        }

        @Test
        void forgottenComma() {
            assertSyntaxError("invalid syntax. Perhaps you forgot a comma?", 1, 7, "print(a b)\n");
            assertSyntaxError("invalid syntax. Perhaps you forgot a comma?", 1, 9, "x = {1: 2 3}\n");
            assertSyntaxError("invalid syntax", 1, 7, "x = 1 2\n");
        }

        @Test
        void misplacedAssignment() {
            assertSyntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, "if x = 1:\n  pass\n");
            assertSyntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, "[x = 1]\n");
            assertSyntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, "f(a.b = 1)\n");
            assertSyntaxError("invalid syntax", 1, 8, "x += 1 = 2\n");
        }

        @Test
        void clauseSpecificMessages() {
            assertSyntaxError("':' expected after dictionary key", 1, 16, "x = {'a': 1, 'b' 2}\n");
            assertSyntaxError("multiple exception types must be parenthesized", 3, 8,
                    "try:\n  x\nexcept E, e:\n  pass\n");
        }

        @Test
        void unclosedBracketBeatsLaterError() {
            assertSyntaxError("'(' was never closed", 1, 4, "foo(a, b\nx = 1\n");
            assertSyntaxError("invalid syntax", 1, 7, "def f(:\n pass\n");
        }

        @Test
        void assignmentTargets() {
            assertSyntaxError("cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, "1 = x\n");
            assertSyntaxError("cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, "f() = 1\n");
            assertSyntaxError("cannot assign to literal", 1, 5, "(a, 1) = x\n");
            assertSyntaxError("cannot assign to None", 1, 1, "None = 1\n");
            assertSyntaxError("cannot assign to comparison", 1, 1, "a < b = 1\n");
            assertSyntaxError("cannot assign to literal", 1, 5, "for 1 in x: pass\n");
            assertSyntaxError("cannot assign to function call", 1, 11, "with a as f(): pass\n");
            assertSyntaxError("cannot delete function call", 1, 5, "del f()\n");
            assertSyntaxError("'tuple' is an illegal expression for augmented assignment", 1, 1, "a, b += 1\n");
            assertSyntaxError("only single target (not tuple) can be annotated", 1, 1, "(a, b): int = 1\n");
            assertSyntaxError("starred assignment target must be in a list or tuple", 1, 1, "*a = 1\n");
            assertSyntaxError("cannot use assignment expressions with attribute", 1, 2, "(a.b := 1)\n");
        }

        @Test
        void parameterOrder() {
            assertSyntaxError("non-default argument follows default argument", 1, 12, "def f(a=1, b): pass\n");
            assertSyntaxError("named arguments must follow bare *", 1, 7, "def f(*): pass\n");
            assertSyntaxError("/ may appear only once", 1, 13, "def f(a, /, /): pass\n");
            assertSyntaxError("/ must be ahead of *", 1, 11, "def f(*a, /): pass\n");
            assertSyntaxError("* argument may appear only once", 1, 11, "def f(*a, *b): pass\n");
            assertSyntaxError("arguments cannot follow var-keyword argument", 1, 12, "def f(**k, a): pass\n");
        }

        @Test
        void argumentOrder() {
            assertEquals("positional argument follows keyword argument", error("f(a=1, b)\n").msg);
            assertEquals("positional argument follows keyword argument unpacking", error("f(**a, b)\n").msg);
            assertEquals("iterable argument unpacking follows keyword argument unpacking", error("f(**a, *b)\n").msg);
            assertEquals("Generator expression must be parenthesized", error("f(x for x in y, 1)\n").msg);
            assertEquals("keyword argument repeated: x", error("f(x=1, x=2)\n").msg);
        }

        @Test
        void errorCarriesFileAndLineText() {
            CompileError e = assertThrows(CompileError.class, () -> Parser.parse("x = 1\ny = (2 +)\n", "prog.py"));
            assertEquals("prog.py", e.filename);
            assertEquals("y = (2 +)", e.text);
            assertEquals(2, e.line);
            assertEquals(9, e.offset);
        }

        @Test
        void antlrNeverPrints() {
            PrintStream saved = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                for (String bad : List.of("x = = 1\n", "def (:\n", "f(a b)\n", "x = $\n", "lambda: (\n")) {
                    assertThrows(CompileError.class, () -> Parser.parse(bad, "<test>"));
                }
            } finally {
                System.setErr(saved);
            }
            assertEquals("", captured.toString(StandardCharsets.UTF_8));
        }
    }

    // ---- realistic programs --------------------------------------------------------------------

    @Nested
    class Corpus {
        /** The acceptance scripts (real programs from the notes corpus) must all parse, when present. */
        @Test
        void allNotesScriptsParse() throws IOException {
            Path notes = Path.of("/work/shared/notes");
            Assumptions.assumeTrue(Files.isDirectory(notes), "notes corpus not available");
            List<Path> scripts;
            try (Stream<Path> files = Files.list(notes)) {
                scripts = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
            }
            assertTrue(scripts.size() > 0);
            List<String> failures = new ArrayList<>();
            for (Path p : scripts) {
                try {
                    Parser.parse(Files.readString(p), p.toString());
                } catch (CompileError e) {
                    failures.add(p.getFileName() + ":" + e.line + ": " + e.msg);
                }
            }
            assertEquals(List.of(), failures);
        }

        /** minipy's own library modules (stdlib/, packaged as resources) must parse. */
        @Test
        void allStdlibModulesParse() throws IOException {
            Path stdlib = Path.of("stdlib");
            Assumptions.assumeTrue(Files.isDirectory(stdlib), "run from the project root");
            List<String> failures = new ArrayList<>();
            try (Stream<Path> files = Files.walk(stdlib)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".py")).toList()) {
                    try {
                        Parser.parse(Files.readString(p), p.toString());
                    } catch (CompileError e) {
                        failures.add(p + ":" + e.line + ": " + e.msg);
                    }
                }
            }
            assertEquals(List.of(), failures);
        }
    }
}
