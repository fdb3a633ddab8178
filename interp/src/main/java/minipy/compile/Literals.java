package minipy.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Values of NUMBER tokens and of runs of adjacent STRING tokens, for {@link AstBuilder}. */
final class Literals {
    private Literals() {}

    /** int literals are Long when they fit, else BigInteger; float literals are Double. */
    static Object number(String text) {
        String s = text.indexOf('_') < 0 ? text : text.replace("_", "");
        char kind = s.length() > 1 && s.charAt(0) == '0' ? Character.toLowerCase(s.charAt(1)) : 'd';
        switch (kind) {
            case 'x': return integer(s.substring(2), 16);
            case 'o': return integer(s.substring(2), 8);
            case 'b': return integer(s.substring(2), 2);
            default: break;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') return Double.parseDouble(s);
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        int safeDigits = switch (radix) { case 2 -> 63; case 8 -> 21; case 16 -> 15; default -> 18; };
        if (digits.length() <= safeDigits) return Long.parseLong(digits, radix);
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    /**
     * Adjacent string literals, concatenated: a Constant holding a String or {@link Ast.Bytes},
     * or a JoinedStr as soon as one of them is an f-string.
     */
    static Ast.Expr strings(List<Token> tokens, Source source) {
        int line = tokens.get(0).getLine();
        int col = tokens.get(0).getCharPositionInLine();
        List<StringLiteral> literals = new ArrayList<>(tokens.size());
        boolean anyBytes = false;
        boolean anyF = false;
        for (Token t : tokens) {
            StringLiteral lit = new StringLiteral(t);
            literals.add(lit);
            anyBytes |= lit.bytes;
            anyF |= lit.fstring;
        }
        for (StringLiteral lit : literals) {
            if (lit.bytes != anyBytes) throw source.syntaxError("cannot mix bytes and nonbytes literals", line, col);
        }
        if (anyBytes) return new Ast.Constant(line, col, bytes(literals, source));
        if (!anyF) return new Ast.Constant(line, col, plain(literals, source));
        List<Ast.Expr> parts = new ArrayList<>();
        for (StringLiteral lit : literals) {
            if (lit.fstring) {
                FStringParser.parse(lit, source, parts);
            } else {
                parts.add(new Ast.Constant(lit.token.getLine(), lit.token.getCharPositionInLine(), lit.value(source)));
            }
        }
        return new Ast.JoinedStr(line, col, FStringParser.mergeConstants(parts));
    }

    private static String plain(List<StringLiteral> literals, Source source) {
        if (literals.size() == 1) return literals.get(0).value(source);
        StringBuilder sb = new StringBuilder();
        for (StringLiteral lit : literals) sb.append(lit.value(source));
        return sb.toString();
    }

    /** Bytes literals decode to chars 0..255, one per byte. */
    private static Ast.Bytes bytes(List<StringLiteral> literals, Source source) {
        String chars = plain(literals, source);
        byte[] value = new byte[chars.length()];
        for (int i = 0; i < value.length; i++) value[i] = (byte) chars.charAt(i);
        return new Ast.Bytes(value);
    }
}
