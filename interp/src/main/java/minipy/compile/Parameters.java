package minipy.compile;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Collects the parameters of a def or lambda in source order into {@link Ast.Arguments}, and
 * enforces the order rules the grammar leaves loose, with CPython 3.11's messages:
 * {@code [posonly, /] [args] [*vararg | *] [kwonly] [**kwarg]}, defaults contiguous at the end
 * of the positional ones.
 */
final class Parameters {
    private final Source source;
    private final List<Ast.Arg> posonly = new ArrayList<>();
    private final List<Ast.Arg> args = new ArrayList<>();
    private final List<Ast.Expr> defaults = new ArrayList<>();
    private final List<Ast.Arg> kwonly = new ArrayList<>();
    private final List<Ast.Expr> kwDefaults = new ArrayList<>();
    private Ast.Arg vararg;
    private Ast.Arg kwarg;
    private boolean starSeen;
    private boolean slashSeen;
    /** The '*' of a bare star, which must be followed by a keyword-only parameter. */
    private Token bareStar;

    Parameters(Source source) {
        this.source = source;
    }

    /** A name with an optional default. */
    void plain(Ast.Arg arg, Ast.Expr defaultValue) {
        afterKwarg(arg.line(), arg.col());
        if (starSeen) {
            kwonly.add(arg);
            kwDefaults.add(defaultValue);
            return;
        }
        if (defaultValue != null) {
            defaults.add(defaultValue);
        } else if (!defaults.isEmpty()) {
            throw source.syntaxError("non-default argument follows default argument", arg.line(), arg.col());
        }
        args.add(arg);
    }

    /** {@code *name}, or a bare {@code *} when arg is null. */
    void star(Ast.Arg arg, Token star) {
        afterKwarg(star.getLine(), star.getCharPositionInLine());
        if (starSeen) {
            throw source.syntaxError("* argument may appear only once", star.getLine(), star.getCharPositionInLine());
        }
        starSeen = true;
        vararg = arg;
        if (arg == null) bareStar = star;
    }

    void doubleStar(Ast.Arg arg) {
        afterKwarg(arg.line(), arg.col());
        kwarg = arg;
    }

    /** The '/' that ends the positional-only parameters. */
    void slash(Token slash) {
        int line = slash.getLine();
        int col = slash.getCharPositionInLine();
        if (slashSeen) throw source.syntaxError("/ may appear only once", line, col);
        if (starSeen) throw source.syntaxError("/ must be ahead of *", line, col);
        if (args.isEmpty()) throw source.syntaxError("invalid syntax", line, col);
        afterKwarg(line, col);
        slashSeen = true;
        posonly.addAll(args);
        args.clear();
    }

    private void afterKwarg(int line, int col) {
        if (kwarg != null) throw source.syntaxError("arguments cannot follow var-keyword argument", line, col);
    }

    Ast.Arguments build() {
        if (bareStar != null && kwonly.isEmpty()) {
            throw source.syntaxError("named arguments must follow bare *", bareStar.getLine(),
                    bareStar.getCharPositionInLine());
        }
        return new Ast.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }
}
