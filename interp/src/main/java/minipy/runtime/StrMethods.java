package minipy.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The methods of str and bytes (CPython's Objects/unicodeobject.c and bytes_methods.c).
 *
 * <p>Indices are in code points. Most strings are BMP-only, where a code point is a Java char;
 * strings with surrogate pairs are converted between char offsets and code point indices.
 */
public final class StrMethods {
    private StrMethods() {}

    private static boolean installed;

    public static synchronized void install() {
        if (installed) return;
        installed = true;
        installStr();
        installBytes();
    }

    // =========================================================================================
    // argument helpers (shared with ContainerMethods)
    // =========================================================================================

    /** Argument parsing for natives whose args[0] is self. */
    static final class Args {
        private Args() {}

        /** Number of positional arguments (self included). */
        static int npos(Object[] a, String[] k) { return a.length - (k == null ? 0 : k.length); }

        /**
         * Binds the arguments after self to the named parameters: returns one slot per name,
         * null for a missing optional. kwOk says whether the parameters accept keywords.
         */
        static Object[] bind(String fname, Object[] a, String[] k, int min, boolean kwOk, String... names) {
            int np = npos(a, k) - 1;
            if (np < 0) throw Py.TypeError("unbound method " + fname + "() needs an argument");
            if (np > names.length) {
                if (names.length == 0) throw Py.TypeError(fname + "() takes no arguments (" + np + " given)");
                throw Py.TypeError(fname + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                        + " (" + np + " given)");
            }
            Object[] out = new Object[names.length];
            System.arraycopy(a, 1, out, 0, np);
            if (k != null && k.length > 0) {
                if (!kwOk) throw Py.TypeError(fname + "() takes no keyword arguments");
                for (int j = 0; j < k.length; j++) {
                    int idx = indexOf(names, k[j]);
                    if (idx < 0) throw Py.TypeError(fname + "() got an unexpected keyword argument '" + k[j] + "'");
                    if (out[idx] != null) {
                        throw Py.TypeError("argument for " + fname + "() given by name ('" + k[j] + "') and position (" + (idx + 1) + ")");
                    }
                    out[idx] = a[np + 1 + j];
                }
            }
            for (int i = 0; i < min; i++) {
                if (out[i] == null) {
                    int given = np + (k == null ? 0 : k.length);
                    if (min == names.length && min == 1) {
                        throw Py.TypeError(fname + "() takes exactly one argument (" + given + " given)");
                    }
                    throw Py.TypeError(fname + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + given + " given)");
                }
            }
            return out;
        }

        private static int indexOf(String[] names, String n) {
            for (int i = 0; i < names.length; i++) if (names[i].equals(n)) return i;
            return -1;
        }

        /** Rejects calls with any argument after self. */
        static void none(String fname, Object[] a, String[] k) {
            if (a.length > 1) throw Py.TypeError(fname + "() takes no arguments (" + (a.length - 1) + " given)");
        }

        static Object or(Object v, Object dflt) { return v == null ? dflt : v; }

        /** A start/end argument: None or missing means the default. */
        static long index(Object v, long dflt) {
            if (v == null || v == Py.None) return dflt;
            if (IntOps.isInt(v) || v instanceof PyInstance && Ops.typeOf(v).lookup("__index__") != null) {
                if (v instanceof java.math.BigInteger b) return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
                return Ops.asIndex(v);
            }
            throw Py.TypeError("slice indices must be integers or None or have an __index__ method");
        }
    }

    /** self for a str method (unbound calls such as str.upper(5) are type checked). */
    private static String self(Object[] a, String name) {
        if (a.length == 0) throw Py.TypeError("unbound method str." + name + "() needs an argument");
        if (a[0] instanceof String s) return s;
        if (a[0] instanceof PyBoxed bx && bx.value instanceof String s) { a[0] = s; return s; }
        throw Py.TypeError("descriptor '" + name + "' for 'str' objects doesn't apply to a '" + Ops.typeName(a[0]) + "' object");
    }

    private static String strArg(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof PyBoxed bx && bx.value instanceof String s) return s;
        throw Py.TypeError("must be str, not " + Ops.typeName(v));
    }

    private static String strArg(Object v, String fname, int n) {
        if (v instanceof String s) return s;
        if (v instanceof PyBoxed bx && bx.value instanceof String s) return s;
        throw Py.TypeError(fname + "() argument " + n + " must be str, not " + Ops.typeName(v));
    }

    // ---- code point <-> char offsets --------------------------------------------------------
    static boolean hasSurrogates(String s) {
        for (int i = 0, n = s.length(); i < n; i++) if (Character.isSurrogate(s.charAt(i))) return true;
        return false;
    }

    /**
     * Resolves optional start/end (code point indices, slice semantics) to char offsets
     * {lo, hi}; lo may exceed hi (then nothing matches) and lo may exceed the length.
     */
    private static int[] window(String s, boolean surr, Object start, Object end) {
        int n = surr ? s.codePointCount(0, s.length()) : s.length();
        long lo = Args.index(start, 0), hi = Args.index(end, n);
        if (hi > n) hi = n;
        else if (hi < 0) { hi += n; if (hi < 0) hi = 0; }
        if (lo < 0) { lo += n; if (lo < 0) lo = 0; }
        if (!surr) return new int[] {(int) Math.min(lo, n + 1L), (int) hi};
        int loOff = lo > n ? s.length() + 1 : s.offsetByCodePoints(0, (int) lo);
        return new int[] {loOff, s.offsetByCodePoints(0, (int) hi)};
    }

    private static long cpIndex(String s, boolean surr, int off) {
        return surr ? s.codePointCount(0, off) : off;
    }

    // ---- character classes ------------------------------------------------------------------
    /** Py_UNICODE_ISSPACE. */
    static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** Line boundaries of str.splitlines. */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    private static boolean isDecimal(int c) { return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER; }

    private static boolean isDigit(int c) {
        if (isDecimal(c)) return true;
        if (Character.getType(c) != Character.OTHER_NUMBER) return false;
        int v = Character.getNumericValue(c);   // superscripts, circled digits: Numeric_Type=Digit
        return v >= 0 && v <= 9;
    }

    private static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    interface CpTest { boolean test(int cp); }

    /** True if s is non-empty and every code point passes. */
    private static boolean all(String s, CpTest t) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!t.test(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    // ---- case mappings ----------------------------------------------------------------------
    private static String upper(int c) { return new String(Character.toChars(c)).toUpperCase(Locale.ROOT); }

    private static String lower(int c) { return new String(Character.toChars(c)).toLowerCase(Locale.ROOT); }

    private static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.FORMAT:
            case Character.MODIFIER_LETTER: case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x2019;
        }
    }

    /** Lower case of the capital sigma at char offset i: final sigma when it ends a word (as CPython). */
    private static String lowerSigma(String s, int i) {
        int j = i;
        while (j > 0 && isCaseIgnorable(s.codePointBefore(j))) j -= Character.charCount(s.codePointBefore(j));
        boolean fin = j > 0 && isCased(s.codePointBefore(j));
        if (fin) {
            j = i + 1;
            while (j < s.length() && isCaseIgnorable(s.codePointAt(j))) j += Character.charCount(s.codePointAt(j));
            fin = j == s.length() || !isCased(s.codePointAt(j));
        }
        return fin ? "\u03c2" : "\u03c3";
    }

    /** Full title-case mapping of one code point ('ß' -> "Ss", 'ǆ' -> "ǅ"). */
    private static String title(int c) {
        int t = Character.toTitleCase(c);
        if (t != c) return new String(Character.toChars(t));
        String u = upper(c);
        if (u.codePointCount(0, u.length()) > 1) {
            int first = u.offsetByCodePoints(0, 1);
            return u.substring(0, first) + u.substring(first).toLowerCase(Locale.ROOT);
        }
        return u;
    }

    // =========================================================================================
    // str
    // =========================================================================================
    private static void installStr() {
        PyType t = PyType.STR;
        t.def("__repr__", (a, k) -> { Args.none("__repr__", a, k); return StrUtil.repr(self(a, "__repr__")); });
        t.def("__str__", (a, k) -> { Args.none("__str__", a, k); return self(a, "__str__"); });
        t.def("__len__", (a, k) -> { Args.none("__len__", a, k); return (long) StrUtil.length(self(a, "__len__")); });
        t.def("__getitem__", (a, k) -> { Args.bind("__getitem__", a, k, 1, false, "key"); return StrItems.get(self(a, "__getitem__"), a[1]); });
        t.def("__contains__", (a, k) -> { Args.bind("__contains__", a, k, 1, false, "key"); return Ops.contains(self(a, "__contains__"), a[1]); });
        t.def("__iter__", (a, k) -> { Args.none("__iter__", a, k); return Iter.iter(self(a, "__iter__")); });
        t.def("__hash__", (a, k) -> { Args.none("__hash__", a, k); return Ops.hash64(self(a, "__hash__")); });
        t.def("__add__", (a, k) -> {
            Args.bind("__add__", a, k, 1, false, "value");
            String s = self(a, "__add__");
            Object o = PyBoxed.unbox(a[1]);
            if (!(o instanceof String x)) throw Py.TypeError("can only concatenate str (not \"" + Ops.typeName(a[1]) + "\") to str");
            return s.concat(x);
        });
        t.def("__mul__", (a, k) -> { Args.bind("__mul__", a, k, 1, false, "value"); return Arith.binary(self(a, "__mul__"), PyBoxed.unbox(a[1]), Arith.MUL); });
        t.def("__rmul__", (a, k) -> { Args.bind("__rmul__", a, k, 1, false, "value"); return Arith.binary(self(a, "__rmul__"), PyBoxed.unbox(a[1]), Arith.MUL); });
        t.def("__mod__", (a, k) -> { Args.bind("__mod__", a, k, 1, false, "value"); return Formatter.percent(self(a, "__mod__"), a[1]); });
        String[] cmpNames = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmpNames.length; op++) {
            final int o = op;
            final String name = cmpNames[op];
            t.def(name, (a, k) -> {
                Args.bind(name, a, k, 1, false, "value");
                String s = self(a, name);
                Object x = PyBoxed.unbox(a[1]);
                if (!(x instanceof String)) return Py.NotImplemented;
                return Compare.richCompare(s, x, o);
            });
        }
        t.def("join", (a, k) -> {
            Args.bind("join", a, k, 1, false, "iterable");
            return join(self(a, "join"), a[1]);
        });
        t.def("split", (a, k) -> {
            Object[] p = Args.bind("split", a, k, 0, true, "sep", "maxsplit");
            return split(self(a, "split"), p[0], p[1], false);
        });
        t.def("rsplit", (a, k) -> {
            Object[] p = Args.bind("rsplit", a, k, 0, true, "sep", "maxsplit");
            return split(self(a, "rsplit"), p[0], p[1], true);
        });
        t.def("splitlines", (a, k) -> {
            Object[] p = Args.bind("splitlines", a, k, 0, true, "keepends");
            return splitlines(self(a, "splitlines"), p[0] != null && Ops.truthy(p[0]));
        });
        t.def("strip", (a, k) -> strip(self(a, "strip"), Args.bind("strip", a, k, 0, false, "chars")[0], true, true));
        t.def("lstrip", (a, k) -> strip(self(a, "lstrip"), Args.bind("lstrip", a, k, 0, false, "chars")[0], true, false));
        t.def("rstrip", (a, k) -> strip(self(a, "rstrip"), Args.bind("rstrip", a, k, 0, false, "chars")[0], false, true));
        t.def("upper", (a, k) -> { Args.none("str.upper", a, k); return self(a, "upper").toUpperCase(Locale.ROOT); });
        t.def("lower", (a, k) -> { Args.none("str.lower", a, k); return self(a, "lower").toLowerCase(Locale.ROOT); });
        t.def("title", (a, k) -> { Args.none("str.title", a, k); return titleCase(self(a, "title")); });
        t.def("capitalize", (a, k) -> { Args.none("str.capitalize", a, k); return capitalize(self(a, "capitalize")); });
        t.def("swapcase", (a, k) -> { Args.none("str.swapcase", a, k); return swapcase(self(a, "swapcase")); });
        t.def("casefold", (a, k) -> { Args.none("str.casefold", a, k); return casefold(self(a, "casefold")); });
        t.def("replace", (a, k) -> {
            Object[] p = Args.bind("replace", a, k, 2, false, "old", "new", "count");
            long count = p[2] == null ? -1 : Ops.asIndex(p[2]);
            return replace(self(a, "replace"), strArg(p[0], "replace", 1), strArg(p[1], "replace", 2), count);
        });
        t.def("find", (a, k) -> find("find", a, k, false, false));
        t.def("rfind", (a, k) -> find("rfind", a, k, true, false));
        t.def("index", (a, k) -> find("index", a, k, false, true));
        t.def("rindex", (a, k) -> find("rindex", a, k, true, true));
        t.def("count", (a, k) -> {
            Object[] p = Args.bind("count", a, k, 1, false, "sub", "start", "end");
            return count(self(a, "count"), strArg(p[0]), p[1], p[2]);
        });
        t.def("startswith", (a, k) -> affix("startswith", a, k, false));
        t.def("endswith", (a, k) -> affix("endswith", a, k, true));
        t.def("center", (a, k) -> justify("center", a, k, '^'));
        t.def("ljust", (a, k) -> justify("ljust", a, k, '<'));
        t.def("rjust", (a, k) -> justify("rjust", a, k, '>'));
        t.def("zfill", (a, k) -> {
            Object[] p = Args.bind("zfill", a, k, 1, false, "width");
            return zfill(self(a, "zfill"), Ops.asIndex(p[0]));
        });
        t.def("partition", (a, k) -> partition(self(a, "partition"), Args.bind("partition", a, k, 1, false, "sep")[0], false));
        t.def("rpartition", (a, k) -> partition(self(a, "rpartition"), Args.bind("rpartition", a, k, 1, false, "sep")[0], true));
        t.def("isdigit", (a, k) -> all(self(a, "isdigit"), StrMethods::isDigit));
        t.def("isdecimal", (a, k) -> all(self(a, "isdecimal"), StrMethods::isDecimal));
        t.def("isnumeric", (a, k) -> all(self(a, "isnumeric"), StrMethods::isNumeric));
        t.def("isalpha", (a, k) -> all(self(a, "isalpha"), Character::isLetter));
        t.def("isalnum", (a, k) -> all(self(a, "isalnum"), c -> Character.isLetter(c) || isNumeric(c)));
        t.def("isspace", (a, k) -> all(self(a, "isspace"), StrMethods::isSpace));
        t.def("isascii", (a, k) -> self(a, "isascii").chars().allMatch(c -> c < 128));
        t.def("isprintable", (a, k) -> self(a, "isprintable").codePoints().allMatch(StrUtil::isPrintable));
        t.def("isupper", (a, k) -> isUpper(self(a, "isupper")));
        t.def("islower", (a, k) -> isLower(self(a, "islower")));
        t.def("istitle", (a, k) -> isTitle(self(a, "istitle")));
        t.def("isidentifier", (a, k) -> isIdentifier(self(a, "isidentifier")));
        t.def("format", (a, k) -> {
            String s = self(a, "format");
            return Formatter.strFormat(s, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        });
        t.def("format_map", (a, k) -> {
            Object[] p = Args.bind("format_map", a, k, 1, false, "mapping");
            return Formatter.strFormatMap(self(a, "format_map"), p[0]);
        });
        t.def("__format__", (a, k) -> {
            Object[] p = Args.bind("__format__", a, k, 1, false, "format_spec");
            return Formatter.format(self(a, "__format__"), strArg(p[0], "__format__", 1));
        });
        t.def("encode", (a, k) -> {
            Object[] p = Args.bind("encode", a, k, 0, true, "encoding", "errors");
            String enc = p[0] == null ? "utf-8" : strArg(p[0], "encode", 1);
            String errors = p[1] == null ? "strict" : strArg(p[1], "encode", 2);
            return new PyBytes(encode(self(a, "encode"), enc, errors));
        });
        t.def("expandtabs", (a, k) -> {
            Object[] p = Args.bind("expandtabs", a, k, 0, true, "tabsize");
            return expandtabs(self(a, "expandtabs"), p[0] == null ? 8 : Ops.asIndex(p[0]));
        });
        t.def("removeprefix", (a, k) -> {
            String s = self(a, "removeprefix");
            String pre = strArg(Args.bind("removeprefix", a, k, 1, false, "prefix")[0], "removeprefix", 1);
            return s.startsWith(pre) ? s.substring(pre.length()) : s;
        });
        t.def("removesuffix", (a, k) -> {
            String s = self(a, "removesuffix");
            String suf = strArg(Args.bind("removesuffix", a, k, 1, false, "suffix")[0], "removesuffix", 1);
            return !suf.isEmpty() && s.endsWith(suf) ? s.substring(0, s.length() - suf.length()) : s;
        });
        t.def("translate", (a, k) -> translate(self(a, "translate"), Args.bind("translate", a, k, 1, false, "table")[0]));
        // maketrans is a static method: str.maketrans(...) and 'x'.maketrans(...) take no self.
        t.dict.put("maketrans", new PyWrappers.StaticMethod(new PyBuiltinFunction("maketrans", StrMethods::maketrans)));
    }

    private static String join(String sep, Object iterable) {
        Object[] items;
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            items = Iter.toArray(iterable);
        } else {
            Object it;
            try {
                it = Iter.iter(iterable);
            } catch (PyException e) {
                if (e.matches(Exc.TypeError)) throw Py.TypeError("can only join an iterable");
                throw e;
            }
            ArrayList<Object> l = new ArrayList<>();
            Refs.incref(it);
            try {
                Object x;
                while ((x = Iter.next(it)) != null) l.add(x);
            } finally {
                Refs.decref(it);
            }
            items = l.toArray();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(PyBoxed.unbox(items[i]) instanceof String s)) {
                throw Py.TypeError("sequence item " + i + ": expected str instance, " + Ops.typeName(items[i]) + " found");
            }
            if (i > 0) sb.append(sep);
            sb.append(s);
        }
        return sb.toString();
    }

    private static PyList listOf(ArrayList<String> parts) {
        Object[] arr = parts.toArray();
        return new PyList(arr, arr.length);
    }

    private static PyList split(String s, Object sepObj, Object maxObj, boolean right) {
        long max = maxObj == null ? -1 : Ops.asIndex(maxObj);
        if (max < 0) max = Long.MAX_VALUE;
        ArrayList<String> out = new ArrayList<>();
        if (sepObj == null || sepObj == Py.None) {
            if (right) splitWhitespaceRight(s, max, out);
            else splitWhitespace(s, max, out);
            return listOf(out);
        }
        if (!(sepObj instanceof String sep)) throw Py.TypeError("must be str or None, not " + Ops.typeName(sepObj));
        if (sep.isEmpty()) throw Py.ValueError("empty separator");
        if (!right) {
            int pos = 0;
            while (max-- > 0) {
                int j = s.indexOf(sep, pos);
                if (j < 0) break;
                out.add(s.substring(pos, j));
                pos = j + sep.length();
            }
            out.add(s.substring(pos));
        } else {
            int end = s.length();
            while (max-- > 0) {
                int j = end - sep.length() < 0 ? -1 : s.lastIndexOf(sep, end - sep.length());
                if (j < 0) break;
                out.add(s.substring(j + sep.length(), end));
                end = j;
            }
            out.add(s.substring(0, end));
            java.util.Collections.reverse(out);
        }
        return listOf(out);
    }

    private static void splitWhitespace(String s, long max, ArrayList<String> out) {
        int n = s.length(), i = 0;
        while (max-- > 0) {
            while (i < n && isSpace(s.charAt(i))) i++;
            if (i == n) return;
            int j = i;
            while (i < n && !isSpace(s.charAt(i))) i++;
            out.add(s.substring(j, i));
        }
        while (i < n && isSpace(s.charAt(i))) i++;
        if (i != n) out.add(s.substring(i));
    }

    private static void splitWhitespaceRight(String s, long max, ArrayList<String> out) {
        int i = s.length() - 1;
        while (max-- > 0) {
            while (i >= 0 && isSpace(s.charAt(i))) i--;
            if (i < 0) break;
            int j = i;
            while (i >= 0 && !isSpace(s.charAt(i))) i--;
            out.add(s.substring(i + 1, j + 1));
        }
        if (max < 0 || i >= 0) {
            while (i >= 0 && isSpace(s.charAt(i))) i--;
            if (i >= 0) out.add(s.substring(0, i + 1));
        }
        java.util.Collections.reverse(out);
    }

    private static PyList splitlines(String s, boolean keepends) {
        ArrayList<String> out = new ArrayList<>();
        int n = s.length(), i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLineBreak(s.charAt(i))) i++;
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            out.add(s.substring(j, eol));
        }
        return listOf(out);
    }

    private static String strip(String s, Object chars, boolean left, boolean right) {
        CpTest strip;
        if (chars == null || chars == Py.None) {
            strip = StrMethods::isSpace;
        } else if (chars instanceof String cs) {
            strip = c -> cs.indexOf(c) >= 0;
        } else {
            throw Py.TypeError((left && right ? "strip" : left ? "lstrip" : "rstrip") + " arg must be None or str");
        }
        int i = 0, j = s.length();
        if (left) {
            while (i < j) {
                int c = s.codePointAt(i);
                if (!strip.test(c)) break;
                i += Character.charCount(c);
            }
        }
        if (right) {
            while (j > i) {
                int c = s.codePointBefore(j);
                if (!strip.test(c)) break;
                j -= Character.charCount(c);
            }
        }
        return s.substring(i, j);
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            sb.append(!prevCased ? title(c) : c == 0x3a3 ? lowerSigma(s, i - 1) : lower(c));
            prevCased = isCased(c);
        }
        return sb.toString();
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) return s;
        int c = s.codePointAt(0);
        int n = Character.charCount(c);
        return title(c) + s.substring(n).toLowerCase(Locale.ROOT);
    }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0x3a3) sb.append(lowerSigma(s, i - 1));
            else if (Character.isUpperCase(c) || Character.isTitleCase(c)) sb.append(lower(c));
            else if (Character.isLowerCase(c)) sb.append(upper(c));
            else sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    /** Full case folding, approximated per code point as lower(upper(c)) ('ß' -> "ss"). */
    private static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) sb.append((char) Character.toLowerCase(c));
            else sb.append(upper(c).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) return false;
            if (Character.isUpperCase(c)) cased = true;
        }
        return cased;
    }

    private static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) return false;
            if (Character.isLowerCase(c)) cased = true;
        }
        return cased;
    }

    private static boolean isTitle(String s) {
        boolean cased = false, prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) return false;
                prevCased = cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) return false;
                prevCased = cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int c0 = s.codePointAt(0);
        if (c0 != '_' && !Character.isUnicodeIdentifierStart(c0)) return false;
        for (int i = Character.charCount(c0); i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) return false;
        }
        return true;
    }

    static String replace(String s, String old, String rep, long count) {
        if (count < 0 && !old.isEmpty()) return s.replace(old, rep);
        if (count < 0) count = Long.MAX_VALUE;   // the empty pattern is handled by code point below
        if (count == 0) return s;
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            // An empty pattern matches before every character and at the end.
            int i = 0;
            while (count-- > 0) {
                sb.append(rep);
                if (i >= s.length()) { i = s.length() + 1; break; }
                int c = s.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
            if (i <= s.length()) sb.append(s, i, s.length());
            return sb.toString();
        }
        int pos = 0;
        while (count-- > 0) {
            int j = s.indexOf(old, pos);
            if (j < 0) break;
            sb.append(s, pos, j).append(rep);
            pos = j + old.length();
        }
        return sb.append(s, pos, s.length()).toString();
    }

    private static Object find(String fname, Object[] a, String[] k, boolean right, boolean raise) {
        Object[] p = Args.bind(fname, a, k, 1, false, "sub", "start", "end");
        String s = self(a, fname);
        String sub = strArg(p[0]);
        boolean surr = hasSurrogates(s);
        int[] w = window(s, surr, p[1], p[2]);
        int r = -1;
        if (w[1] - w[0] >= sub.length()) {
            if (right) {
                r = s.lastIndexOf(sub, w[1] - sub.length());
                if (r < w[0]) r = -1;
            } else {
                r = s.indexOf(sub, w[0]);
                if (r + sub.length() > w[1]) r = -1;
            }
        }
        if (r < 0) {
            if (raise) throw Py.ValueError("substring not found");
            return -1L;
        }
        return cpIndex(s, surr, r);
    }

    private static long count(String s, String sub, Object start, Object end) {
        boolean surr = hasSurrogates(s);
        int[] w = window(s, surr, start, end);
        if (w[0] > w[1]) return 0;
        if (sub.isEmpty()) return cpIndex(s, surr, w[1]) - cpIndex(s, surr, w[0]) + 1;
        long n = 0;
        int pos = w[0];
        for (;;) {
            int j = s.indexOf(sub, pos);
            if (j < 0 || j + sub.length() > w[1]) return n;
            n++;
            pos = j + sub.length();
        }
    }

    private static Object affix(String fname, Object[] a, String[] k, boolean end) {
        Object[] p = Args.bind(fname, a, k, 1, false, "prefix", "start", "end");
        String s = self(a, fname);
        boolean surr = hasSurrogates(s);
        int[] w = window(s, surr, p[1], p[2]);
        if (p[0] instanceof PyTuple t) {
            for (Object o : t.items) {
                if (!(o instanceof String x)) throw Py.TypeError("tuple for " + fname + " must only contain str, not " + Ops.typeName(o));
                if (affixMatch(s, w, x, end)) return true;
            }
            return false;
        }
        if (!(p[0] instanceof String x)) {
            throw Py.TypeError(fname + " first arg must be str or a tuple of str, not " + Ops.typeName(p[0]));
        }
        return affixMatch(s, w, x, end);
    }

    private static boolean affixMatch(String s, int[] w, String x, boolean end) {
        if (w[0] > s.length() || w[1] - w[0] < x.length()) return false;
        return end ? s.startsWith(x, w[1] - x.length()) : s.startsWith(x, w[0]);
    }

    private static String justify(String fname, Object[] a, String[] k, char align) {
        Object[] p = Args.bind(fname, a, k, 1, false, "width", "fillchar");
        String s = self(a, fname);
        long width = Ops.asIndex(p[0]);
        int fill = ' ';
        if (p[1] != null) {
            String f = strArg(p[1], fname, 2);
            if (StrUtil.length(f) != 1) throw Py.TypeError("The fill character must be exactly one character long");
            fill = f.codePointAt(0);
        }
        int len = StrUtil.length(s);
        if (width <= len) return s;
        int marg = (int) (width - len), left;
        // CPython's pad(): center puts the odd extra character on the left when width is odd.
        if (align == '^') left = marg / 2 + (marg & (int) width & 1);
        else left = align == '>' ? marg : 0;
        StringBuilder sb = new StringBuilder((int) width);
        for (int i = 0; i < left; i++) sb.appendCodePoint(fill);
        sb.append(s);
        for (int i = left; i < marg; i++) sb.appendCodePoint(fill);
        return sb.toString();
    }

    private static String zfill(String s, long width) {
        int len = StrUtil.length(s);
        if (width <= len) return s;
        String zeros = "0".repeat((int) (width - len));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) return s.charAt(0) + zeros + s.substring(1);
        return zeros + s;
    }

    private static PyTuple partition(String s, Object sepObj, boolean right) {
        String sep = strArg(sepObj);
        if (sep.isEmpty()) throw Py.ValueError("empty separator");
        int i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) return right ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        return PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    private static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder(s.length());
        long col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    col += incr;
                    for (long j = 0; j < incr; j++) sb.append(' ');
                }
            } else {
                col++;
                sb.append(c);
                if (c == '\n' || c == '\r') col = 0;
            }
        }
        return sb.toString();
    }

    private static Object maketrans(Object[] a, String[] k) {
        if (k != null && k.length > 0) throw Py.TypeError("maketrans() takes no keyword arguments");
        if (a.length == 0 || a.length > 3) {
            throw Py.TypeError(a.length == 0 ? "maketrans() takes at least 1 argument (0 given)"
                    : "maketrans() takes at most 3 arguments (" + a.length + " given)");
        }
        PyDict d = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict src)) throw Py.TypeError("if you give only one argument to maketrans it must be a dict");
            src.forEach((key, v) -> {
                if (key instanceof String ks) {
                    if (StrUtil.length(ks) != 1) throw Py.ValueError("string keys in translate table must be of length 1");
                    d.put((long) ks.codePointAt(0), v);
                } else if (IntOps.isInt(key)) {
                    d.put(IntOps.asInt(key), v);
                } else {
                    throw Py.TypeError("keys in translate table must be strings or integers");
                }
            });
            return d;
        }
        String x = strArg(a[0], "maketrans", 1), y = strArg(a[1], "maketrans", 2);
        int[] xs = x.codePoints().toArray(), ys = y.codePoints().toArray();
        if (xs.length != ys.length) throw Py.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < xs.length; i++) d.put((long) xs[i], (long) ys[i]);
        if (a.length == 3) {
            String z = strArg(a[2], "maketrans", 3);
            z.codePoints().forEach(c -> d.put((long) c, Py.None));
        }
        return d;
    }

    private static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Object r;
            try {
                r = Items.getitem(table, (long) c);
            } catch (PyException e) {
                if (!e.matches(Exc.LookupError)) throw e;
                sb.appendCodePoint(c);
                continue;
            }
            if (r == Py.None) continue;
            if (r instanceof String rs) sb.append(rs);
            else if (IntOps.isInt(r)) {
                long v = Ops.asIndex(r);
                if (v < 0 || v > 0x10ffff) throw Py.ValueError("character mapping must be in range(0x110000)");
                sb.appendCodePoint((int) v);
            } else {
                throw Py.TypeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    // =========================================================================================
    // codecs
    // =========================================================================================

    /** Canonical codec name, or null for codecs handled by a Java charset. */
    private static String codec(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001": return "utf-8";
            case "ascii": case "us-ascii": case "646": return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "8859": case "l1": case "cp819": case "latin":
                return "latin-1";
            default: return null;
        }
    }

    private static Charset javaCharset(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        try {
            switch (e) {
                case "utf-16": case "utf16": return StandardCharsets.UTF_16LE;
                case "utf-16-le": case "utf-16le": return StandardCharsets.UTF_16LE;
                case "utf-16-be": case "utf-16be": return StandardCharsets.UTF_16BE;
                case "utf-32": case "utf32": case "utf-32-le": case "utf-32le": return Charset.forName("UTF-32LE");
                case "utf-32-be": case "utf-32be": return Charset.forName("UTF-32BE");
                default: return Charset.forName(e);
            }
        } catch (RuntimeException ex) {
            throw Py.raise(Exc.LookupError, "unknown encoding: " + encoding);
        }
    }

    private static String charRepr(int c) {
        if (c < 0x100) return String.format("\\x%02x", c);
        if (c < 0x10000) return String.format("\\u%04x", c);
        return String.format("\\U%08x", c);
    }

    /** str.encode. */
    public static byte[] encode(String s, String encoding, String errors) {
        String name = codec(encoding);
        if (name == null) {
            Charset cs = javaCharset(encoding);
            String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
            byte[] body = s.getBytes(cs);
            if (e.equals("utf-16") || e.equals("utf16")) return concat(new byte[] {(byte) 0xff, (byte) 0xfe}, body);
            if (e.equals("utf-32") || e.equals("utf32")) return concat(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}, body);
            return body;
        }
        int limit = name.equals("ascii") ? 0x80 : name.equals("latin-1") ? 0x100 : 0x110000;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 8);
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean bad = c >= limit || (limit == 0x110000 && c >= 0xd800 && c <= 0xdfff);
            if (!bad) {
                if (limit == 0x110000) utf8(out, c);
                else out.write(c);
                continue;
            }
            int j = i;
            while (j + 1 < cps.length && (cps[j + 1] >= limit || (limit == 0x110000 && cps[j + 1] >= 0xd800 && cps[j + 1] <= 0xdfff))) j++;
            switch (errors) {
                case "strict": {
                    String reason = limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
                    String where = j == i ? "character '" + charRepr(c) + "' in position " + i : "characters in position " + i + "-" + j;
                    throw Py.raise(Exc.UnicodeEncodeError, "'" + name + "' codec can't encode " + where + ": " + reason);
                }
                case "ignore": break;
                case "replace": for (int x = i; x <= j; x++) out.write('?'); break;
                case "backslashreplace":
                    for (int x = i; x <= j; x++) out.writeBytes(charRepr(cps[x]).getBytes(StandardCharsets.ISO_8859_1));
                    break;
                case "xmlcharrefreplace":
                    for (int x = i; x <= j; x++) out.writeBytes(("&#" + cps[x] + ";").getBytes(StandardCharsets.ISO_8859_1));
                    break;
                case "surrogateescape":
                    for (int x = i; x <= j; x++) {
                        if (cps[x] < 0xdc80 || cps[x] > 0xdcff) {
                            throw Py.raise(Exc.UnicodeEncodeError, "'" + name + "' codec can't encode character '" + charRepr(cps[x])
                                    + "' in position " + x + ": " + (limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")"));
                        }
                        out.write(cps[x] - 0xdc00);
                    }
                    break;
                default:
                    throw Py.raise(Exc.LookupError, "unknown error handler name '" + errors + "'");
            }
            i = j;
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static void utf8(java.io.ByteArrayOutputStream out, int c) {
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | (c >> 6));
            out.write(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out.write(0xe0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        } else {
            out.write(0xf0 | (c >> 18));
            out.write(0x80 | ((c >> 12) & 0x3f));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        }
    }

    /** bytes.decode. */
    public static String decode(byte[] b, String encoding, String errors) {
        String name = codec(encoding);
        if (name == null) {
            Charset cs = javaCharset(encoding);
            String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
            if ((e.equals("utf-16") || e.equals("utf16")) && b.length >= 2) {
                if ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
                if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
            }
            try {
                return cs.newDecoder().onMalformedInput(errors.equals("strict") ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(errors.equals("strict") ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
                        .decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException ex) {
                throw Py.raise(Exc.UnicodeDecodeError, "'" + encoding + "' codec can't decode bytes: " + ex.getMessage());
            }
        }
        StringBuilder sb = new StringBuilder(b.length);
        int n = b.length, i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80 || (name.equals("latin-1"))) { sb.append((char) c); i++; continue; }
            if (name.equals("ascii")) {
                decodeError(sb, b, name, errors, i, i + 1, "ordinal not in range(128)");
                i++;
                continue;
            }
            int end = utf8Sequence(b, i);
            if (end > 0) {
                int cp;
                int len = end - i;
                if (len == 2) cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
                else if (len == 3) cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
                else cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
                sb.appendCodePoint(cp);
                i = end;
                continue;
            }
            int bad = -end;   // end of the invalid range
            String reason = c < 0xc2 || c > 0xf4 ? "invalid start byte" : bad >= n && utf8Prefix(b, i) ? "unexpected end of data"
                    : "invalid continuation byte";
            decodeError(sb, b, name, errors, i, bad, reason);
            i = bad;
        }
        return sb.toString();
    }

    /** The end of a valid UTF-8 sequence starting at i, or minus the end of the maximal invalid prefix. */
    private static int utf8Sequence(byte[] b, int i) {
        int c = b[i] & 0xff;
        if (c < 0xc2 || c > 0xf4) return -(i + 1);
        int len = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        for (int j = 1; j < len; j++) {
            if (i + j >= b.length) return -(i + j);
            int d = b[i + j] & 0xff;
            int lo = 0x80, hi = 0xbf;
            if (j == 1) {
                if (c == 0xe0) lo = 0xa0;
                else if (c == 0xed) hi = 0x9f;
                else if (c == 0xf0) lo = 0x90;
                else if (c == 0xf4) hi = 0x8f;
            }
            if (d < lo || d > hi) return -(i + j);
        }
        return i + len;
    }

    /** True if the bytes from i to the end form a valid but incomplete UTF-8 sequence. */
    private static boolean utf8Prefix(byte[] b, int i) {
        return -utf8Sequence(b, i) >= b.length;
    }

    private static void decodeError(StringBuilder sb, byte[] b, String name, String errors, int start, int end, String reason) {
        switch (errors) {
            case "strict": {
                String where = end - start == 1 ? String.format("byte 0x%02x in position %d", b[start] & 0xff, start)
                        : "bytes in position " + start + "-" + (end - 1);
                throw Py.raise(Exc.UnicodeDecodeError, "'" + name + "' codec can't decode " + where + ": " + reason);
            }
            case "ignore": return;
            case "replace": sb.append('\ufffd'); return;
            case "backslashreplace":
                for (int i = start; i < end; i++) sb.append(String.format("\\x%02x", b[i] & 0xff));
                return;
            case "surrogateescape":
                for (int i = start; i < end; i++) sb.append((char) (0xdc00 + (b[i] & 0xff)));
                return;
            default:
                throw Py.raise(Exc.LookupError, "unknown error handler name '" + errors + "'");
        }
    }

    // =========================================================================================
    // bytes
    // =========================================================================================
    private static byte[] selfBytes(Object[] a, String name) {
        if (a.length > 0 && a[0] instanceof PyBytes b) return b.bytes;
        throw Py.TypeError("descriptor '" + name + "' for 'bytes' objects doesn't apply to a '"
                + (a.length == 0 ? "NoneType" : Ops.typeName(a[0])) + "' object");
    }

    /** A bytes-like argument (bytes only here), with CPython's message. */
    private static byte[] bytesArg(Object v) {
        if (v instanceof PyBytes b) return b.bytes;
        throw Py.TypeError("a bytes-like object is required, not '" + Ops.typeName(v) + "'");
    }

    private static String latin1(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }

    private static PyBytes bytesOf(String latin1) { return new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1)); }

    private static boolean isByteSpace(int c) { return c == ' ' || (c >= 0x09 && c <= 0x0d); }

    private static void installBytes() {
        PyType t = PyType.BYTES;
        t.def("decode", (a, k) -> {
            Object[] p = Args.bind("decode", a, k, 0, true, "encoding", "errors");
            String enc = p[0] == null ? "utf-8" : strArg(p[0], "decode", 1);
            String errors = p[1] == null ? "strict" : strArg(p[1], "decode", 2);
            return decode(selfBytes(a, "decode"), enc, errors);
        });
        t.def("hex", (a, k) -> {
            Object[] p = Args.bind("hex", a, k, 0, true, "sep", "bytes_per_sep");
            return hex(selfBytes(a, "hex"), p[0], p[1] == null ? 1 : Ops.asIndex(p[1]));
        });
        t.def("join", (a, k) -> {
            Args.bind("join", a, k, 1, false, "iterable_of_bytes");
            byte[] sep = selfBytes(a, "join");
            Object[] items = Iter.toArray(a[1]);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyBytes b)) {
                    throw Py.TypeError("sequence item " + i + ": expected a bytes-like object, " + Ops.typeName(items[i]) + " found");
                }
                if (i > 0) out.writeBytes(sep);
                out.writeBytes(b.bytes);
            }
            return new PyBytes(out.toByteArray());
        });
        t.def("split", (a, k) -> bytesSplit("split", a, k, false));
        t.def("rsplit", (a, k) -> bytesSplit("rsplit", a, k, true));
        t.def("strip", (a, k) -> bytesStrip("strip", a, k, true, true));
        t.def("lstrip", (a, k) -> bytesStrip("lstrip", a, k, true, false));
        t.def("rstrip", (a, k) -> bytesStrip("rstrip", a, k, false, true));
        t.def("startswith", (a, k) -> bytesAffix("startswith", a, k, false));
        t.def("endswith", (a, k) -> bytesAffix("endswith", a, k, true));
        t.def("find", (a, k) -> bytesFind("find", a, k, false));
        t.def("index", (a, k) -> bytesFind("index", a, k, true));
        t.def("count", (a, k) -> {
            Object[] p = Args.bind("count", a, k, 1, false, "sub", "start", "end");
            String s = latin1(selfBytes(a, "count"));
            return count(s, latin1(subBytes(p[0])), p[1], p[2]);
        });
        t.def("replace", (a, k) -> {
            Object[] p = Args.bind("replace", a, k, 2, false, "old", "new", "count");
            long count = p[2] == null ? -1 : Ops.asIndex(p[2]);
            return bytesOf(replace(latin1(selfBytes(a, "replace")), latin1(bytesArg(p[0])), latin1(bytesArg(p[1])), count));
        });
        t.def("upper", (a, k) -> bytesMap(selfBytes(a, "upper"), true));
        t.def("lower", (a, k) -> bytesMap(selfBytes(a, "lower"), false));
        t.def("isdigit", (a, k) -> bytesAll(selfBytes(a, "isdigit"), c -> c >= '0' && c <= '9'));
        t.def("isalpha", (a, k) -> bytesAll(selfBytes(a, "isalpha"), c -> (c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
        t.def("isspace", (a, k) -> bytesAll(selfBytes(a, "isspace"), StrMethods::isByteSpace));
        t.def("__len__", (a, k) -> (long) selfBytes(a, "__len__").length);
        // The rest run as the str method on a text whose non-ASCII bytes are uncased, non-space
        // stand-ins (so only ASCII letters change case and classify, as bytes methods do).
        for (String name : new String[] {"capitalize", "center", "expandtabs", "isalnum", "isascii", "islower", "istitle",
                "isupper", "ljust", "partition", "removeprefix", "removesuffix", "rfind", "rindex", "rjust",
                "rpartition", "splitlines", "swapcase", "title", "zfill"}) {
            Object strMethod = PyType.STR.dict.getStr(name);
            if (strMethod == null || t.dict.getStr(name) != null) continue;
            t.def(name, (a, k) -> {
                Object[] sa = new Object[a.length];
                sa[0] = toStandIn(selfBytes(a, name));
                for (int i = 1; i < a.length; i++) {
                    if (a[i] instanceof PyBytes b) sa[i] = toStandIn(b.bytes);
                    else if (a[i] instanceof String && !name.equals("expandtabs") && !name.equals("zfill")) {
                        if (name.equals("center") || name.equals("ljust") || name.equals("rjust")) {
                            throw Py.TypeError(name + "() argument 2 must be a byte string of length 1, not str");
                        }
                        throw Py.TypeError("a bytes-like object is required, not 'str'");
                    } else if (IntOps.isInt(a[i]) && (name.equals("rfind") || name.equals("rindex")) && i == 1) {
                        sa[i] = toStandIn(subBytes(a[i]));
                    } else sa[i] = a[i];
                }
                Object r;
                try {
                    r = Ops.call(strMethod, sa, k);
                } catch (PyException e) {
                    if (name.equals("rindex") && e.matches(Exc.ValueError)) throw Py.ValueError("subsection not found");
                    throw e;
                }
                return fromStandIn(r);
            });
        }
        t.def("translate", (a, k) -> {
            Object[] p = Args.bind("translate", a, k, 1, false, "table", "delete");
            byte[] src = selfBytes(a, "translate");
            byte[] table = p[0] == Py.None ? null : bytesArg(p[0]);
            if (table != null && table.length != 256) throw Py.ValueError("translation table must be 256 characters long");
            byte[] del = p[1] == null ? new byte[0] : bytesArg(p[1]);
            boolean[] drop = new boolean[256];
            for (byte d : del) drop[d & 0xff] = true;
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte x : src) {
                if (drop[x & 0xff]) continue;
                out.write(table == null ? x : table[x & 0xff]);
            }
            return new PyBytes(out.toByteArray());
        });
        t.dict.put("maketrans", new PyWrappers.StaticMethod(new PyBuiltinFunction("maketrans", (a, k) -> {
            if (a.length != 2) throw Py.TypeError("maketrans expected 2 arguments, got " + a.length);
            byte[] from = bytesArg(a[0]), to = bytesArg(a[1]);
            if (from.length != to.length) throw Py.ValueError("maketrans arguments must have same length");
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte) i;
            for (int i = 0; i < from.length; i++) table[from[i] & 0xff] = to[i];
            return new PyBytes(table);
        }).immortal()).immortal());
        t.dict.put("fromhex", new PyWrappers.ClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
            if (a.length != 2) throw Py.TypeError("fromhex() takes exactly one argument (" + (a.length - 1) + " given)");
            return fromhex(strArg(a[1], "fromhex", 1));
        })));
    }

    private static String toStandIn(byte[] b) {
        char[] c = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            int x = b[i] & 0xff;
            c[i] = x < 0x80 ? (char) x : (char) (0xE000 + x);
        }
        return new String(c);
    }

    private static Object fromStandIn(Object r) {
        if (r instanceof String s) {
            byte[] b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                char c = s.charAt(i);
                b[i] = (byte) (c >= 0xE000 ? c - 0xE000 : c);
            }
            return new PyBytes(b);
        }
        if (r instanceof PyTuple tu) {
            Object[] o = new Object[tu.items.length];
            for (int i = 0; i < o.length; i++) o[i] = fromStandIn(tu.items[i]);
            return new PyTuple(o);
        }
        if (r instanceof PyList l) {
            PyList out = new PyList();
            for (Object x : l.toArray()) out.append(fromStandIn(x));
            return out;
        }
        return r;
    }

    private static Object bytesAll(byte[] b, CpTest t) {
        if (b.length == 0) return false;
        for (byte x : b) if (!t.test(x & 0xff)) return false;
        return true;
    }

    private static PyBytes bytesMap(byte[] b, boolean up) {
        byte[] r = b.clone();
        for (int i = 0; i < r.length; i++) {
            int c = r[i] & 0xff;
            if (up && c >= 'a' && c <= 'z') r[i] = (byte) (c - 32);
            else if (!up && c >= 'A' && c <= 'Z') r[i] = (byte) (c + 32);
        }
        return new PyBytes(r);
    }

    /** A sub argument of find/count: bytes or an int in range(256). */
    private static byte[] subBytes(Object v) {
        if (IntOps.isInt(v)) {
            long x = Ops.asIndex(v);
            if (x < 0 || x > 255) throw Py.ValueError("byte must be in range(0, 256)");
            return new byte[] {(byte) x};
        }
        if (v instanceof PyBytes b) return b.bytes;
        throw Py.TypeError("argument should be integer or bytes-like object, not '" + Ops.typeName(v) + "'");
    }

    private static Object bytesFind(String fname, Object[] a, String[] k, boolean raise) {
        Object[] p = Args.bind(fname, a, k, 1, false, "sub", "start", "end");
        String s = latin1(selfBytes(a, fname));
        String sub = latin1(subBytes(p[0]));
        int[] w = window(s, false, p[1], p[2]);
        int r = -1;
        if (w[1] - w[0] >= sub.length()) {
            r = s.indexOf(sub, w[0]);
            if (r + sub.length() > w[1]) r = -1;
        }
        if (r < 0 && raise) throw Py.ValueError("subsection not found");
        return (long) r;
    }

    private static Object bytesAffix(String fname, Object[] a, String[] k, boolean end) {
        Object[] p = Args.bind(fname, a, k, 1, false, "prefix", "start", "end");
        String s = latin1(selfBytes(a, fname));
        int[] w = window(s, false, p[1], p[2]);
        if (p[0] instanceof PyTuple t) {
            for (Object o : t.items) {
                if (!(o instanceof PyBytes x)) throw Py.TypeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
                if (affixMatch(s, w, latin1(x.bytes), end)) return true;
            }
            return false;
        }
        if (!(p[0] instanceof PyBytes x)) {
            throw Py.TypeError(fname + " first arg must be bytes or a tuple of bytes, not " + Ops.typeName(p[0]));
        }
        return affixMatch(s, w, latin1(x.bytes), end);
    }

    private static PyList bytesSplit(String fname, Object[] a, String[] k, boolean right) {
        Object[] p = Args.bind(fname, a, k, 0, true, "sep", "maxsplit");
        String s = latin1(selfBytes(a, fname));
        Object sep = p[0] == null || p[0] == Py.None ? Py.None : latin1(bytesArg(p[0]));
        PyList parts;
        if (sep == Py.None) {
            // bytes whitespace is ASCII only; map other whitespace-like latin-1 chars out of the way
            long max = p[1] == null ? -1 : Ops.asIndex(p[1]);
            if (max < 0) max = Long.MAX_VALUE;
            ArrayList<String> out = new ArrayList<>();
            bytesSplitWhitespace(s, max, right, out);
            parts = listOf(out);
        } else {
            parts = split(s, sep, p[1], right);
        }
        Object[] items = parts.toArray();
        for (int i = 0; i < items.length; i++) items[i] = bytesOf((String) items[i]);
        return new PyList(items, items.length);
    }

    private static void bytesSplitWhitespace(String s, long max, boolean right, ArrayList<String> out) {
        // Reuse the str algorithm on a copy where only ASCII whitespace counts as whitespace.
        StringBuilder masked = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            masked.append(isByteSpace(c) ? ' ' : isSpace(c) ? 'x' : c);
        }
        ArrayList<String> tmp = new ArrayList<>();
        if (right) splitWhitespaceRight(masked.toString(), max, tmp);
        else splitWhitespace(masked.toString(), max, tmp);
        // map the pieces back to the original text by position
        int pos = right ? s.length() : 0;
        if (!right) {
            for (String piece : tmp) {
                int at = masked.indexOf(piece, pos);
                out.add(s.substring(at, at + piece.length()));
                pos = at + piece.length();
            }
        } else {
            ArrayList<String> rev = new ArrayList<>();
            for (int i = tmp.size() - 1; i >= 0; i--) {
                String piece = tmp.get(i);
                int at = masked.lastIndexOf(piece, pos - piece.length());
                rev.add(s.substring(at, at + piece.length()));
                pos = at;
            }
            for (int i = rev.size() - 1; i >= 0; i--) out.add(rev.get(i));
        }
    }

    private static PyBytes bytesStrip(String fname, Object[] a, String[] k, boolean left, boolean right) {
        Object[] p = Args.bind(fname, a, k, 0, false, "bytes");
        byte[] b = selfBytes(a, fname);
        byte[] chars = p[0] == null || p[0] == Py.None ? null : bytesArg(p[0]);
        int i = 0, j = b.length;
        if (left) while (i < j && stripByte(b[i], chars)) i++;
        if (right) while (j > i && stripByte(b[j - 1], chars)) j--;
        return new PyBytes(java.util.Arrays.copyOfRange(b, i, j));
    }

    private static boolean stripByte(byte x, byte[] chars) {
        if (chars == null) return isByteSpace(x & 0xff);
        for (byte c : chars) if (c == x) return true;
        return false;
    }

    private static String hex(byte[] b, Object sepObj, long perSep) {
        StringBuilder sb = new StringBuilder(b.length * 3);
        String sep = null;
        if (sepObj != null) {
            sep = sepObj instanceof PyBytes sb2 ? latin1(sb2.bytes) : strArg(sepObj);
            if (StrUtil.length(sep) != 1) throw Py.ValueError("sep must be length 1.");
        }
        for (int i = 0; i < b.length; i++) {
            if (sep != null && i > 0 && perSep != 0) {
                // positive bytes_per_sep counts groups from the right, negative from the left
                long g = Math.abs(perSep);
                boolean boundary = perSep > 0 ? (b.length - i) % g == 0 : i % g == 0;
                if (boundary) sb.append(sep);
            }
            sb.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
        }
        return sb.toString();
    }

    private static PyBytes fromhex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int n = s.length(), i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c) && c < 128) { i++; continue; }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) throw Py.ValueError("non-hexadecimal number found in fromhex() arg at position " + i);
            if (i + 1 >= n) throw Py.ValueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            char d = s.charAt(i + 1);
            int lo = d > 127 ? -1 : Character.digit(d, 16);
            if (lo < 0) throw Py.ValueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            out.write(hi * 16 + lo);
            i += 2;
        }
        return new PyBytes(out.toByteArray());
    }
}
