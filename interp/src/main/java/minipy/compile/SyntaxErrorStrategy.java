package minipy.compile;

import java.util.Map;
import java.util.Set;
import minipy.compile.antlr.PythonParser;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The bail-out error handler of the second (full LL) parse: the first syntax error becomes a
 * {@link CompileError} with CPython 3.11's wording where the cause is easy to tell, and nothing
 * is ever printed. ANTLR's recovery (token insertion/deletion, resynchronisation) is switched off.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    /** What CPython calls the statement whose indented block is missing. */
    private static final Map<Class<?>, String> BLOCK_OWNERS = Map.ofEntries(
            Map.entry(PythonParser.If_stmtContext.class, "'if' statement"),
            Map.entry(PythonParser.Elif_clauseContext.class, "'elif' statement"),
            Map.entry(PythonParser.Else_blockContext.class, "'else' statement"),
            Map.entry(PythonParser.While_stmtContext.class, "'while' statement"),
            Map.entry(PythonParser.For_stmtContext.class, "'for' statement"),
            Map.entry(PythonParser.Try_stmtContext.class, "'try' statement"),
            Map.entry(PythonParser.Except_clauseContext.class, "'except' statement"),
            Map.entry(PythonParser.Finally_blockContext.class, "'finally' statement"),
            Map.entry(PythonParser.ParenWithStmtContext.class, "'with' statement"),
            Map.entry(PythonParser.PlainWithStmtContext.class, "'with' statement"),
            Map.entry(PythonParser.FuncdefContext.class, "function definition"),
            Map.entry(PythonParser.ClassdefContext.class, "class definition"));

    private static final int COLON = tokenType("':'");
    private static final int ELSE = tokenType("'else'");
    private static final int EXCEPT = tokenType("'except'");
    /** Tokens that can only start an operand, never continue an expression. */
    private static final Set<Integer> STARTS_OPERAND = Set.of(PythonParser.NAME, PythonParser.NUMBER,
            PythonParser.STRING, PythonParser.LBRACE, tokenType("'None'"), tokenType("'True'"), tokenType("'False'"),
            tokenType("'...'"), tokenType("'lambda'"));

    private final Source source;

    SyntaxErrorStrategy(Source source) {
        this.source = source;
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        throw toError(parser, e.getOffendingToken(), expected(parser, e), (ParserRuleContext) e.getCtx());
    }

    @Override
    public void recover(Parser parser, RecognitionException e) {
        reportError(parser, e);
    }

    @Override
    public Token recoverInline(Parser parser) {
        throw toError(parser, parser.getCurrentToken(), parser.getExpectedTokens(), parser.getContext());
    }

    /** No resynchronisation: a bad token is reported where a rule tries to match it. */
    @Override
    public void sync(Parser parser) {}

    private static IntervalSet expected(Parser parser, RecognitionException e) {
        if (e instanceof InputMismatchException || e instanceof NoViableAltException) {
            return e.getExpectedTokens();
        }
        return parser.getExpectedTokens();
    }

    private CompileError toError(Parser parser, Token bad, IntervalSet expected, ParserRuleContext ctx) {
        int type = bad.getType();
        if (type == PythonParser.INDENT) {
            return source.error("IndentationError", "unexpected indent", bad.getLine(), bad.getCharPositionInLine());
        }
        if (expected.contains(PythonParser.INDENT)) return missingBlock(parser, bad, ctx);
        if (type == PythonParser.NEWLINE && expected.contains(COLON) && headerOwner(ctx) != null) {
            return at("expected ':'", bad);
        }
        if (ctx instanceof PythonParser.CondTestContext && expected.contains(ELSE)) {
            return at("expected 'else' after 'if' expression", ctx.getStart());
        }
        if (ctx instanceof PythonParser.Try_stmtContext && expected.contains(EXCEPT)) {
            return at("expected 'except' or 'finally' block", lastReal(parser, bad));
        }
        Token first = missingComma(parser, bad, ctx);
        Token at = lastReal(parser, bad);
        CompileError later = tokenizerErrorFurtherOn(parser);
        if (later != null && later.msg.endsWith("was never closed")) {
            // CPython prefers the unclosed bracket only when the error comes on a later line.
            if (at.getLine() > later.line) return later;
            later = null;
        }
        if (first != null) return at("invalid syntax. Perhaps you forgot a comma?", first);
        return later != null ? later : at("invalid syntax", at);
    }

    /**
     * As CPython does before settling for a bare "invalid syntax" (tokenize_full_source_to_check_for_errors):
     * reads the rest of the input, since an error the tokenizer finds further on (an unterminated
     * string, a bracket never closed) is the better report.
     */
    private static CompileError tokenizerErrorFurtherOn(Parser parser) {
        try {
            ((BufferedTokenStream) parser.getInputStream()).fill();
            return null;
        } catch (CompileError e) {
            return e;
        }
    }

    /** EOF has no useful position; report at the token before it. */
    private static Token lastReal(Parser parser, Token bad) {
        return bad.getType() == Token.EOF ? parser.getInputStream().LT(-1) : bad;
    }

    private CompileError missingBlock(Parser parser, Token bad, ParserRuleContext ctx) {
        ParserRuleContext owner = headerOwner(ctx);
        String what = owner == null ? "statement" : BLOCK_OWNERS.get(owner.getClass());
        int headerLine = owner == null ? bad.getLine() : owner.getStart().getLine();
        String msg = "expected an indented block after " + what + " on line " + headerLine;
        Token at = lastReal(parser, bad);
        // CPython gives a DEDENT no column (offset 0), except at the end of the input.
        int offset = bad.getType() == PythonParser.DEDENT && !onlyDedentsLeft(parser) ? 0 : at.getCharPositionInLine() + 1;
        return source.error("IndentationError", msg, at.getLine(), offset);
    }

    private static boolean onlyDedentsLeft(Parser parser) {
        int k = 1;
        while (parser.getInputStream().LA(k) == PythonParser.DEDENT) k++;
        return parser.getInputStream().LA(k) == Token.EOF;
    }

    /**
     * CPython's invalid_expression rule: inside brackets, an expression directly followed by the
     * start of another is most likely a missing comma ("f(a b)"). Returns the first one's start,
     * or null. The first expression is the outermost or_test ending right before {@code bad} on
     * the rightmost path of what {@code ctx} has parsed so far.
     */
    private static Token missingComma(Parser parser, Token bad, ParserRuleContext ctx) {
        if (!STARTS_OPERAND.contains(bad.getType()) || !insideBrackets(parser, bad)) return null;
        ParseTree node = ctx;
        while (node != null && node.getChildCount() > 0 && !(node instanceof PythonParser.Or_testContext && node != ctx)) {
            node = node.getChild(node.getChildCount() - 1);
        }
        if (!(node instanceof PythonParser.Or_testContext operand)) return null;
        return operand.getStop().getTokenIndex() == bad.getTokenIndex() - 1 ? operand.getStart() : null;
    }

    private static boolean insideBrackets(Parser parser, Token bad) {
        int depth = 0;
        TokenStream tokens = parser.getInputStream();
        for (int i = 0; i < bad.getTokenIndex(); i++) {
            switch (tokens.get(i).getType()) {
                case PythonParser.LPAR, PythonParser.LSQB, PythonParser.LBRACE -> depth++;
                case PythonParser.RPAR, PythonParser.RSQB, PythonParser.RBRACE -> depth--;
                default -> { }
            }
        }
        return depth > 0;
    }

    /**
     * The compound statement (or clause of one) whose header or block {@code ctx} is in; null
     * when {@code ctx} lies inside a statement of some block instead.
     */
    private static ParserRuleContext headerOwner(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (BLOCK_OWNERS.containsKey(c.getClass())) return c;
            if (c != ctx && (c instanceof PythonParser.StmtContext || c instanceof PythonParser.BlockContext)) {
                return null;
            }
        }
        return null;
    }

    private CompileError at(String msg, Token t) {
        return source.syntaxError(msg, t.getLine(), t.getCharPositionInLine());
    }

    private static int tokenType(String literal) {
        var vocabulary = PythonParser.VOCABULARY;
        for (int i = 0; i <= vocabulary.getMaxTokenType(); i++) {
            if (literal.equals(vocabulary.getLiteralName(i))) return i;
        }
        throw new IllegalStateException("no token " + literal);
    }
}
