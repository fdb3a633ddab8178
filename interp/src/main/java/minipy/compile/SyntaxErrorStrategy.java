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

    /** Statements whose header is a condition, where "if x = 1:" gets CPython's '==' hint. */
    private static final Set<Class<?>> CONDITION_OWNERS = Set.of(PythonParser.If_stmtContext.class,
            PythonParser.Elif_clauseContext.class, PythonParser.While_stmtContext.class);

    private static final int COLON = tokenType("':'");
    private static final int ELSE = tokenType("'else'");
    private static final int EXCEPT = tokenType("'except'");
    private static final int COMMA = tokenType("','");
    private static final int ASSIGN = tokenType("'='");
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
        if (ctx instanceof PythonParser.Except_clauseContext && type == COMMA) {
            return at("multiple exception types must be parenthesized", ctx.getChild(ParserRuleContext.class, 0).getStart());
        }
        if (ctx instanceof PythonParser.KeyValueItemContext kv && expected.contains(COLON)) {
            Token key = kv.key.getStop();
            return source.syntaxError("':' expected after dictionary key", key.getLine(),
                    key.getCharPositionInLine() + key.getText().length() - 1);
        }
        if (type == ASSIGN && (insideBrackets(parser, bad) || CONDITION_OWNERS.contains(ctx.getClass()))) {
            CompileError misplaced = misplacedAssignment(bad, ctx);
            if (misplaced != null) return misplaced;
        }
        if (bad.getTokenIndex() > 0 && bad.getType() != Token.EOF) {
            // print "x" / exec "code": Python 2 statements
            Token prev = ((org.antlr.v4.runtime.TokenStream) parser.getInputStream()).get(bad.getTokenIndex() - 1);
            String pt = prev.getText();
            if ((pt.equals("print") || pt.equals("exec")) && bad.getLine() == prev.getLine()
                    && bad.getType() != ASSIGN && !bad.getText().equals("(") && !bad.getText().equals(".")) {
                return at("Missing parentheses in call to '" + pt + "'. Did you mean " + pt + "(...)?", prev);
            }
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
     * or null.
     */
    private static Token missingComma(Parser parser, Token bad, ParserRuleContext ctx) {
        if (!STARTS_OPERAND.contains(bad.getType()) || !insideBrackets(parser, bad)) return null;
        PythonParser.Or_testContext operand = operandBefore(bad, ctx);
        return operand == null ? null : operand.getStart();
    }

    /**
     * The expression (an or_test, CPython's disjunction) that ends right before {@code bad}: the
     * outermost one on the rightmost path of what {@code ctx} has parsed so far, or null.
     */
    private static PythonParser.Or_testContext operandBefore(Token bad, ParserRuleContext ctx) {
        ParseTree node = ctx;
        while (node != null && node.getChildCount() > 0 && !(node instanceof PythonParser.Or_testContext && node != ctx)) {
            node = node.getChild(node.getChildCount() - 1);
        }
        if (!(node instanceof PythonParser.Or_testContext operand)) return null;
        return operand.getStop().getTokenIndex() == bad.getTokenIndex() - 1 ? operand : null;
    }

    /**
     * An '=' where no assignment can be (CPython's invalid_named_expression and invalid_kwarg):
     * "if x = 1:", "[x = 1]", "f(a.b = 1)".
     */
    private CompileError misplacedAssignment(Token bad, ParserRuleContext ctx) {
        PythonParser.Or_testContext operand = operandBefore(bad, ctx);
        if (operand == null) return null;
        Token start = operand.getStart();
        if (isArgument(operand, ctx)) {
            return at("expression cannot contain assignment, perhaps you meant \"==\"?", start);
        }
        if (start == operand.getStop() && start.getType() == PythonParser.NAME) {
            return at("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start);
        }
        Ast.Expr target = (Ast.Expr) operand.accept(new AstBuilder(source));
        if (target instanceof Ast.Compare || target instanceof Ast.BoolOp || target instanceof Ast.Tuple
                || target instanceof Ast.ListExpr || target instanceof Ast.GeneratorExp
                || target instanceof Ast.UnaryOp u && u.op().equals("not")
                || target instanceof Ast.Constant c && (c.value() == null || c.value() instanceof Boolean)) {
            return null;
        }
        return at("cannot assign to " + Targets.describe(target) + " here. Maybe you meant '==' instead of '='?", start);
    }

    /** Whether {@code operand} is (part of) a call argument, looking up no further than {@code ctx}. */
    private static boolean isArgument(ParserRuleContext operand, ParserRuleContext ctx) {
        for (ParserRuleContext c = operand; c != null && c != ctx; c = c.getParent()) {
            if (c instanceof PythonParser.ArgumentContext) return true;
        }
        return false;
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
