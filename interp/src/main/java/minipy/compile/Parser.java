package minipy.compile;

import java.util.function.Function;
import minipy.compile.antlr.PythonLexer;
import minipy.compile.antlr.PythonParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Entry points of the front end: source text to {@link Ast}.
 *
 * <p>Parsing is two-stage, the usual way to make ANTLR fast: first with SLL prediction and a
 * bail-out strategy, which succeeds on nearly all valid input; only if that fails is the input
 * parsed again with full LL prediction, which either succeeds (SLL was too weak) or reports the
 * real syntax error through {@link SyntaxErrorStrategy}. ANTLR never prints anything.
 */
public final class Parser {
    private Parser() {}

    /** Parses a module (file_input). Throws {@link CompileError} for any syntax problem. */
    public static Ast.Module parse(String source, String filename) {
        Source src = new Source(source, filename);
        try {
            PythonParser parser = parser(src, src.text, 1, 0, true);
            return new AstBuilder(src).module(twoStage(parser, src, PythonParser::file_input));
        } catch (StackOverflowError e) {
            throw tooDeep(src);
        }
    }

    /**
     * Parses the argument of eval(): one expression list, leading spaces and tabs ignored as in
     * CPython, trailing newlines allowed.
     */
    public static Ast.Expr parseExpression(String source, String filename) {
        Source src = new Source(source, filename);
        int indent = 0;
        while (indent < src.text.length() && (src.text.charAt(indent) == ' ' || src.text.charAt(indent) == '\t')) {
            indent++;
        }
        try {
            PythonParser parser = parser(src, src.text.substring(indent), 1, indent, false);
            return new AstBuilder(src).expression(twoStage(parser, src, PythonParser::eval_input));
        } catch (StackOverflowError e) {
            throw tooDeep(src);
        }
    }

    /** Nesting beyond what the Java stack allows (CPython raises RecursionError there). */
    private static CompileError tooDeep(Source src) {
        return src.error("SyntaxError", "too many nested expressions (maximum recursion depth exceeded during parsing)",
                1, 0);
    }

    /**
     * Parses the expression of an f-string field, found at (line, col) of {@code src}, the way
     * CPython 3.11 does: as {@code (text)}. Errors are reported as "f-string: ...".
     */
    static Ast.Expr fieldExpression(Source src, String text, int line, int col) {
        PythonParser parser = parser(src, "(" + text + ")", line, col - 1, false);
        try {
            return new AstBuilder(src).expression(twoStage(parser, src, PythonParser::eval_input));
        } catch (CompileError e) {
            if (e.msg.startsWith("f-string")) throw e;
            throw new CompileError(e.kind, "f-string: " + e.msg, e.filename, e.line, e.offset, e.text);
        }
    }

    /** A parser over {@code text}, whose first character sits at (line, col) of {@code src}. */
    private static PythonParser parser(Source src, String text, int line, int col, boolean blocks) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text, src.filename));
        lexer.removeErrorListeners();
        lexer.setLine(line);
        lexer.setCharPositionInLine(col);
        PythonParser parser = new PythonParser(new CommonTokenStream(new IndentingTokenSource(lexer, src, blocks)));
        parser.removeErrorListeners();
        return parser;
    }

    private static <T extends ParserRuleContext> T twoStage(PythonParser parser, Source src,
                                                            Function<PythonParser, T> rule) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException sllFailed) {
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new SyntaxErrorStrategy(src));
            return rule.apply(parser);
        }
    }
}
