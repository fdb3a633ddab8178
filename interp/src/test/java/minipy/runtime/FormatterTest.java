package minipy.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Formatter against CPython 3.11: every expected string below is what python3 printed for the
 * same operation (repr(x), format(x, spec), fmt % args, fmt.format(...)); errors are compared as
 * "ExceptionType: message".
 */
class FormatterTest {

    private static void assertError(String expected, Executable call) {
        PyException e = assertThrows(PyException.class, call);
        assertEquals(expected, e.value.type().name + ": " + Ops.str(e.value));
    }

    @Test
    void floatRepr() {
        assertEquals("0.0", Formatter.floatRepr((0.0)));
        assertEquals("-0.0", Formatter.floatRepr((-0.0)));
        assertEquals("0.1", Formatter.floatRepr((0x1.999999999999ap-4)));
        assertEquals("0.30000000000000004", Formatter.floatRepr((0x1.3333333333334p-2)));
        assertEquals("1e+16", Formatter.floatRepr((0x1.1c37937e08000p+53)));
        assertEquals("1.2345678901234568e+17", Formatter.floatRepr((0x1.b69b4ba630f35p+56)));
        assertEquals("1e-05", Formatter.floatRepr((0x1.4f8b588e368f1p-17)));
        assertEquals("0.0001", Formatter.floatRepr((0x1.a36e2eb1c432dp-14)));
        assertEquals("1000000000000000.0", Formatter.floatRepr((0x1.c6bf526340000p+49)));
        assertEquals("1e+22", Formatter.floatRepr((0x1.0f0cf064dd592p+73)));
        assertEquals("1e+23", Formatter.floatRepr((0x1.52d02c7e14af6p+76)));
        assertEquals("5e-324", Formatter.floatRepr((0x0.0000000000001p-1022)));
        assertEquals("1.7976931348623157e+308", Formatter.floatRepr((0x1.fffffffffffffp+1023)));
        assertEquals("2.2250738585072014e-308", Formatter.floatRepr((0x1.0000000000000p-1022)));
        assertEquals("0.3333333333333333", Formatter.floatRepr((0x1.5555555555555p-2)));
        assertEquals("1.4142135623730951", Formatter.floatRepr((0x1.6a09e667f3bcdp+0)));
        assertEquals("100.0", Formatter.floatRepr((0x1.9000000000000p+6)));
        assertEquals("1.5", Formatter.floatRepr((0x1.8000000000000p+0)));
        assertEquals("-2.5", Formatter.floatRepr((-0x1.4000000000000p+1)));
        assertEquals("9007199254740992.0", Formatter.floatRepr((0x1.0000000000000p+53)));
        assertEquals("4.35", Formatter.floatRepr((0x1.1666666666666p+2)));
        assertEquals("1e-320", Formatter.floatRepr((0x0.00000000007e8p-1022)));
        assertEquals("1234567890000000.0", Formatter.floatRepr((0x1.18b54f2236200p+50)));
        assertEquals("1.2100000000000002", Formatter.floatRepr((0x1.35c28f5c28f5dp+0)));
        assertEquals("2.82879384806159e+17", Formatter.floatRepr((0x1.f67ea69ed3795p+57)));
        assertEquals("3e-05", Formatter.floatRepr((0x1.f75104d551d69p-16)));
        assertEquals("0.00012", Formatter.floatRepr((0x1.f75104d551d69p-14)));
        assertEquals("1e+100", Formatter.floatRepr((0x1.249ad2594c37dp+332)));
        assertEquals("1e-100", Formatter.floatRepr((0x1.bff2ee48e0530p-333)));
        assertEquals("0.3", Formatter.floatRepr((0x1.3333333333333p-2)));
    }

    @Test
    void formatSpec() {
        assertEquals("0", Formatter.format((Object) (0L), ""));
        assertEquals("42", Formatter.format((Object) (42L), ""));
        assertEquals("-42", Formatter.format((Object) (-42L), "d"));
        assertEquals("   42", Formatter.format((Object) (42L), "5"));
        assertEquals("42   ", Formatter.format((Object) (42L), "<5"));
        assertEquals("  42   ", Formatter.format((Object) (42L), "^7"));
        assertEquals("   +42", Formatter.format((Object) (42L), ">+6"));
        assertEquals("-     42", Formatter.format((Object) (-42L), "=+8"));
        assertEquals("00000042", Formatter.format((Object) (42L), "08"));
        assertEquals("0,001,234", Formatter.format((Object) (1234L), "08,"));
        assertEquals("0,001,234", Formatter.format((Object) (1234L), "09,"));
        assertEquals("00,001,234", Formatter.format((Object) (1234L), "0=10,"));
        assertEquals("xxxxx1,234", Formatter.format((Object) (1234L), "x=10,"));
        assertEquals("***1,234****", Formatter.format((Object) (1234L), "*^12,"));
        assertEquals("1,234,567", Formatter.format((Object) (1234567L), ","));
        assertEquals("1_234_567", Formatter.format((Object) (1234567L), "_"));
        assertEquals("0xff", Formatter.format((Object) (255L), "#x"));
        assertEquals("0XFF", Formatter.format((Object) (255L), "#X"));
        assertEquals("0o10", Formatter.format((Object) (8L), "#o"));
        assertEquals("0b1100", Formatter.format((Object) (12L), "#b"));
        assertEquals("75b_cd15", Formatter.format((Object) (123456789L), "_x"));
        assertEquals("0x000_000c", Formatter.format((Object) (12L), "#010_x"));
        assertEquals("-0b00_1100", Formatter.format((Object) (-12L), "#010_b"));
        assertEquals("A", Formatter.format((Object) (65L), "c"));
        assertError("ValueError: Sign not allowed with integer format specifier 'c'", () -> Formatter.format((Object) (65L), "+c"));
        assertError("ValueError: Cannot specify ',' with 'x'.", () -> Formatter.format((Object) (1L), ",x"));
        assertError("ValueError: Cannot specify both ',' and '_'.", () -> Formatter.format((Object) (1L), ",_"));
        assertError("ValueError: Precision not allowed in integer format specifier", () -> Formatter.format((Object) (1L), ".2"));
        assertError("ValueError: Negative zero coercion (z) not allowed in integer format specifier", () -> Formatter.format((Object) (0L), "z"));
        assertEquals("123456789", Formatter.format((Object) (123456789L), "n"));
        assertEquals("300.000000%", Formatter.format((Object) (3L), "%"));
        assertEquals("4.200000e+01", Formatter.format((Object) (42L), "e"));
        assertEquals("42.00", Formatter.format((Object) (42L), ".2f"));
        assertEquals("42", Formatter.format((Object) (42L), "g"));
        assertError("ValueError: Unknown format code 's' for object of type 'int'", () -> Formatter.format((Object) (1L), "s"));
        assertError("ValueError: Invalid format specifier 'abc' for object of type 'int'", () -> Formatter.format((Object) (1L), "abc"));
        assertError("OverflowError: %c arg not in range(0x110000)", () -> Formatter.format((Object) (-1L), "c"));
        assertEquals("12,345,678,901,234,567,890", Formatter.format(new BigInteger("12345678901234567890"), ","));
        assertEquals("-100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000", Formatter.format(new BigInteger("-1180591620717411303424"), "_b"));
        assertEquals("1.180592e+21", Formatter.format(new BigInteger("1180591620717411303424"), "e"));
        assertEquals("True", Formatter.format(Boolean.TRUE, ""));
        assertEquals("    1", Formatter.format(Boolean.TRUE, ">5"));
        assertEquals("0", Formatter.format(Boolean.FALSE, "d"));
        assertEquals("1.000000", Formatter.format(Boolean.TRUE, "f"));
        assertEquals(" 42", Formatter.format((Object) (42L), " d"));
        assertEquals("-001,234,567", Formatter.format((Object) (-1234567L), "012,d"));
        assertError("ValueError: Too many decimal digits in format string", () -> Formatter.format((Object) (1L), "100000000000000000000"));
        assertEquals("1.0", Formatter.format((Object) (0x1.0000000000000p+0), ""));
        assertEquals("1.0", Formatter.format((Object) (0x1.0000000000000p+0), ".3"));
        assertEquals("1.2e+03", Formatter.format((Object) (0x1.3480000000000p+10), ".2"));
        assertEquals("1e+02", Formatter.format((Object) (0x1.9000000000000p+6), ".3"));
        assertEquals("0.0", Formatter.format((Object) (-0.0), "z.1f"));
        assertEquals("-0.0", Formatter.format((Object) (-0.0), ""));
        assertEquals("1e+16", Formatter.format((Object) (0x1.1c37937e08000p+53), ""));
        assertEquals("50%", Formatter.format((Object) (0x1.0000000000000p-1), ".0%"));
        assertEquals("1.00000", Formatter.format((Object) (0x1.0000000000000p+0), "#g"));
        assertEquals("1.", Formatter.format((Object) (0x1.0000000000000p+0), "#.0f"));
        assertEquals("1.e+00", Formatter.format((Object) (0x1.0000000000000p+0), "#.0e"));
        assertEquals("1.0", Formatter.format((Object) (0x1.0000000000000p+0), "#"));
        assertEquals("1.e+16", Formatter.format((Object) (0x1.1c37937e08000p+53), "#"));
        assertEquals("1.00e+02", Formatter.format((Object) (0x1.9000000000000p+6), "#.3"));
        assertEquals("1.5", Formatter.format((Object) (0x1.8000000000000p+0), "n"));
        assertEquals("1e+100", Formatter.format((Object) (0x1.249ad2594c37dp+332), "n"));
        assertEquals("1,234.50", Formatter.format((Object) (0x1.34a0000000000p+10), ",.2f"));
        assertEquals("1_234_567.891", Formatter.format((Object) (0x1.2d687e4189375p+20), "_.3f"));
        assertEquals("1e+20", Formatter.format((Object) (0x1.5af1d78b58c40p+66), "g"));
        assertEquals("123.456", Formatter.format((Object) (0x1.edd2f1a9fbe77p+6), "g"));
        assertEquals("0.0001", Formatter.format((Object) (0x1.a36e2eb1c432dp-14), "g"));
        assertEquals("1e-05", Formatter.format((Object) (0x1.4f8b588e368f1p-17), "g"));
        assertEquals("1.000000e+00", Formatter.format((Object) (0x1.0000000000000p+0), "e"));
        assertEquals("3.14", Formatter.format((Object) (0x1.921f9f01b866ep+1), ".2f"));
        assertEquals("0042.000", Formatter.format((Object) (0x1.5000000000000p+5), "08.3f"));
        assertEquals("00000001.0", Formatter.format((Object) (0x1.0000000000000p+0), "0>10"));
        assertEquals("-0000001.0", Formatter.format((Object) (-0x1.0000000000000p+0), "010"));
        assertEquals("-000,001.0", Formatter.format((Object) (-0x1.0000000000000p+0), "010,"));
        assertEquals("0,001,000,000.00", Formatter.format((Object) (0x1.e848000000000p+19), "015,.2f"));
        assertEquals("0000000inf", Formatter.format((Object) Double.POSITIVE_INFINITY, "010"));
        assertEquals("+000000nan", Formatter.format((Object) Double.NaN, "+010"));
        assertEquals("INF", Formatter.format((Object) Double.POSITIVE_INFINITY, "F"));
        assertEquals("-inf", Formatter.format((Object) Double.NEGATIVE_INFINITY, "e"));
        assertEquals("nan%", Formatter.format((Object) Double.NaN, "%"));
        assertEquals("2", Formatter.format((Object) (0x1.4000000000000p+1), ".0f"));
        assertEquals("4", Formatter.format((Object) (0x1.c000000000000p+1), ".0f"));
        assertEquals("1.2", Formatter.format((Object) (0x1.4000000000000p+0), ".1f"));
        assertEquals("-2e+00", Formatter.format((Object) (-0x1.8000000000000p+0), ".0e"));
        assertEquals("0.100000000000000005551115123126", Formatter.format((Object) (0x1.999999999999ap-4), ".30f"));
        assertEquals("0.33333333333333331483", Formatter.format((Object) (0x1.5555555555555p-2), ".20g"));
        assertEquals("1.23e+08", Formatter.format((Object) (0x1.d6f3454000000p+26), ".3g"));
        assertEquals("4.94066e-324", Formatter.format((Object) (0x0.0000000000001p-1022), "g"));
        assertEquals("1.000e+300", Formatter.format((Object) (0x1.7e43c8800759cp+996), ".3e"));
        assertError("ValueError: Unknown format code 'x' for object of type 'float'", () -> Formatter.format((Object) (0x1.8000000000000p+0), "x"));
        assertError("ValueError: Unknown format code 'd' for object of type 'float'", () -> Formatter.format((Object) (0x1.8000000000000p+0), "d"));
        assertError("ValueError: Format specifier missing precision", () -> Formatter.format((Object) (0x1.8000000000000p+0), "."));
        assertEquals("   12.50%   ", Formatter.format((Object) (0x1.0000000000000p-3), "^12.2%"));
        assertEquals("0.00", Formatter.format((Object) (-0x1.a36e2eb1c432dp-14), "z.2f"));
        assertEquals("-0.00", Formatter.format((Object) (-0x1.a36e2eb1c432dp-14), ".2f"));
        assertEquals("2.67", Formatter.format((Object) (0x1.5666666666666p+1), ".2f"));
        assertEquals("1.00", Formatter.format((Object) (0x1.0147ae147ae14p+0), ".2f"));
        assertEquals("0.0", Formatter.format((Object) (0.0), ".3"));
        assertEquals("0.00000", Formatter.format((Object) (0.0), "#g"));
        assertEquals("+12,345.7", Formatter.format((Object) (0x1.81cd6e631f8a1p+13), "+,.1f"));
        assertEquals("1e-07", Formatter.format((Object) (0x1.ad7f29abcaf48p-24), ".3"));
        assertEquals("10", Formatter.format((Object) (0x1.3ff7ced916873p+3), ".3g"));
        assertEquals("10.0", Formatter.format((Object) (0x1.3fff2e48e8a72p+3), ".3"));
        assertEquals("0.1", Formatter.format((Object) (0x1.999999999999ap-5), ".1f"));
        assertEquals("0.1", Formatter.format((Object) (0x1.3333333333333p-3), ".1f"));
        assertEquals("0.2", Formatter.format((Object) (0x1.0000000000000p-2), ".1f"));
        assertEquals("1e+22", Formatter.format((Object) (0x1.0f0cf064dd592p+73), ""));
        assertEquals("1000000000000000.0", Formatter.format((Object) (0x1.c6bf526340000p+49), ""));
        assertEquals("+     123.46", Formatter.format((Object) (0x1.edd2f1a9fbe77p+6), "=+12.2f"));
        assertEquals(" 1.2346e+02 ", Formatter.format((Object) (0x1.edd2f1a9fbe77p+6), "^12.4e"));
        assertEquals("1.234560E+02", Formatter.format((Object) (0x1.edd2f1a9fbe77p+6), "E"));
        assertEquals("123.456", Formatter.format((Object) (0x1.edd2f1a9fbe77p+6), "G"));
        assertEquals("1E-10", Formatter.format((Object) (0x1.b7cdfd9d7bdbbp-34), "G"));
        assertEquals("abc", Formatter.format("abc", ""));
        assertEquals("       abc", Formatter.format("abc", ">10"));
        assertEquals("   abc    ", Formatter.format("abc", "^10"));
        assertEquals("********mid*********", Formatter.format("mid", "*^20"));
        assertEquals("ab", Formatter.format("abc", ".2"));
        assertEquals("  ab   ", Formatter.format("abc", "^7.2"));
        assertEquals("ab000", Formatter.format("ab", "05"));
        assertError("ValueError: Sign not allowed in string format specifier", () -> Formatter.format("a", "+"));
        assertError("ValueError: Space not allowed in string format specifier", () -> Formatter.format("a", " "));
        assertError("ValueError: Alternate form (#) not allowed in string format specifier", () -> Formatter.format("a", "#"));
        assertError("ValueError: '=' alignment not allowed in string format specifier", () -> Formatter.format("a", "=5"));
        assertError("ValueError: Cannot specify ',' with 's'.", () -> Formatter.format("a", ","));
        assertError("ValueError: Unknown format code 'd' for object of type 'str'", () -> Formatter.format("x", "d"));
        assertEquals("   h\u00e9llo", Formatter.format("h\u00e9llo", ">8"));
        assertError("ValueError: Negative zero coercion (z) not allowed in string format specifier", () -> Formatter.format("a", "z"));
    }

    @Test
    void percentFormatting() {
        assertError("TypeError: %d format: a real number is required, not str", () -> Formatter.percent("%d", "x"));
        assertError("TypeError: %x format: an integer is required, not float", () -> Formatter.percent("%x", (Object) (0x1.8000000000000p+0)));
        assertError("TypeError: must be real number, not str", () -> Formatter.percent("%f", "a"));
        assertError("TypeError: %c requires int or char", () -> Formatter.percent("%c", "ab"));
        assertError("OverflowError: %c arg not in range(0x110000)", () -> Formatter.percent("%c", (Object) (-1L)));
        assertError("ValueError: unsupported format character 'z' (0x7a) at index 1", () -> Formatter.percent("%z", (Object) (1L)));
        assertError("ValueError: incomplete format", () -> Formatter.percent("%", PyTuple.of()));
        assertError("TypeError: format requires a mapping", () -> Formatter.percent("%(a)s", (Object) (5L)));
        assertError("TypeError: not enough arguments for format string", () -> Formatter.percent("%s %s", PyTuple.of((Object) (1L))));
        assertError("TypeError: not all arguments converted during string formatting", () -> Formatter.percent("%s", PyTuple.of((Object) (1L), (Object) (2L))));
        assertError("TypeError: not all arguments converted during string formatting", () -> Formatter.percent("hello", (Object) (5L)));
        assertError("ValueError: unsupported format character '%' (0x25) at index 2", () -> Formatter.percent("%5%", PyTuple.of((Object) (1L))));
        assertEquals("3    |", Formatter.percent("%-5d|", (Object) (3L)));
        assertEquals("-0003", Formatter.percent("%05d", (Object) (-3L)));
        assertEquals("+3", Formatter.percent("%+d", (Object) (3L)));
        assertEquals(" 3", Formatter.percent("% d", (Object) (3L)));
        assertEquals("0xff", Formatter.percent("%#x", (Object) (255L)));
        assertEquals("0x0000ff", Formatter.percent("%#08x", (Object) (255L)));
        assertEquals("0o10", Formatter.percent("%#o", (Object) (8L)));
        assertEquals("005", Formatter.percent("%.3d", (Object) (5L)));
        assertEquals("  3.1", Formatter.percent("%5.1f", (Object) (0x1.921f9f01b866ep+1)));
        assertEquals("1.234568e+04", Formatter.percent("%e", (Object) (0x1.81cd6c8b43958p+13)));
        assertEquals("1e-05", Formatter.percent("%g", (Object) (0x1.4f8b588e368f1p-17)));
        assertEquals("1E+20", Formatter.percent("%G", (Object) (0x1.5af1d78b58c40p+66)));
        assertEquals("      abcd|", Formatter.percent("%10.4s|", "abcdefg"));
        assertEquals("ab        |", Formatter.percent("%-10s|", "ab"));
        assertEquals("    3", Formatter.percent("%*d", PyTuple.of((Object) (5L), (Object) (3L))));
        assertEquals("3    |", Formatter.percent("%-*d|", PyTuple.of((Object) (5L), (Object) (3L))));
        assertEquals("3    ", Formatter.percent("%*d", PyTuple.of((Object) (-5L), (Object) (3L))));
        assertEquals("3.14", Formatter.percent("%.*f", PyTuple.of((Object) (2L), (Object) (0x1.921f9f01b866ep+1))));
        assertError("TypeError: * wants int", () -> Formatter.percent("%*d", PyTuple.of("a", (Object) (3L))));
        assertEquals("3", Formatter.percent("%d", (Object) (0x1.f333333333333p+1)));
        assertEquals("1", Formatter.percent("%d", Boolean.TRUE));
        assertEquals("'a'", Formatter.percent("%r", "a"));
        assertEquals("'\\xe9'", Formatter.percent("%a", "\u00e9"));
        assertEquals("1180591620717411303424", Formatter.percent("%i", new BigInteger("1180591620717411303424")));
        assertEquals("-ff", Formatter.percent("%x", (Object) (-255L)));
        assertEquals("FF", Formatter.percent("%X", (Object) (255L)));
        assertEquals("   ab", Formatter.percent("%05s", "ab"));
        assertEquals("A", Formatter.percent("%c", (Object) (65L)));
        assertEquals("0.00e+00", Formatter.percent("%.2e", (Object) (0L)));
        assertEquals("inf", Formatter.percent("%f", (Object) Double.POSITIVE_INFINITY));
        assertEquals("NAN", Formatter.percent("%F", (Object) Double.NaN));
        assertEquals("-000000inf", Formatter.percent("%010f", (Object) Double.NEGATIVE_INFINITY));
        assertEquals("1.", Formatter.percent("%#.0f", (Object) (1L)));
        assertEquals("1.00000", Formatter.percent("%#g", (Object) (1L)));
        assertEquals("5", Formatter.percent("%ld", (Object) (5L)));
        assertEquals("5", Formatter.percent("%u", (Object) (5L)));
        assertEquals("0", Formatter.percent("%.0f", (Object) (0x1.0000000000000p-1)));
        assertEquals("2", Formatter.percent("%.0f", (Object) (0x1.8000000000000p+0)));
        assertError("ValueError: incomplete format", () -> Formatter.percent("%s%", (Object) (1L)));
        assertEquals("2", Formatter.percent("%.f", (Object) (0x1.4000000000000p+1)));
        assertError("ValueError: incomplete format", () -> Formatter.percent("%5", (Object) (1L)));
        assertError("TypeError: not enough arguments for format string", () -> Formatter.percent("%s", PyTuple.of()));
        assertEquals("()", Formatter.percent("%s", PyTuple.of(PyTuple.of())));
        assertEquals("3    |", Formatter.percent("%-05d|", (Object) (3L)));
        assertEquals("50%", Formatter.percent("%d%%", (Object) (50L)));
        assertEquals("a and 'b'", Formatter.percent("%s and %r", PyTuple.of("a", "b")));
        assertEquals("-0003.14", Formatter.percent("%08.2f", (Object) (-0x1.921f9f01b866ep+1)));
        assertEquals("100000000000000000000", Formatter.percent("%x", new BigInteger("1208925819614629174706176")));
        assertEquals("0.10000000000000001", Formatter.percent("%.17g", (Object) (0x1.999999999999ap-4)));
        assertEquals("1e+16", Formatter.percent("%s", (Object) (0x1.1c37937e08000p+53)));
        assertError("ValueError: cannot convert float NaN to integer", () -> Formatter.percent("%d", (Object) Double.NaN));
    }

    @Test
    void strFormat() {
        assertError("IndexError: Replacement index 1 out of range for positional args tuple", () -> Formatter.strFormat("{} {}", new Object[] {(Object) (1L)}, null));
        assertError("IndexError: Replacement index 1 out of range for positional args tuple", () -> Formatter.strFormat("{1}", new Object[] {(Object) (1L)}, null));
        assertError("KeyError: 'a'", () -> Formatter.strFormat("{a}", new Object[] {(Object) (1L)}, null));
        assertError("ValueError: cannot switch from automatic field numbering to manual field specification", () -> Formatter.strFormat("{}{0}", new Object[] {(Object) (1L)}, null));
        assertError("ValueError: cannot switch from manual field specification to automatic field numbering", () -> Formatter.strFormat("{0}{}", new Object[] {(Object) (1L)}, null));
        assertError("ValueError: Single '{' encountered in format string", () -> Formatter.strFormat("{", new Object[] {}, null));
        assertError("ValueError: Single '}' encountered in format string", () -> Formatter.strFormat("}", new Object[] {}, null));
        assertError("ValueError: expected '}' before end of string", () -> Formatter.strFormat("{0", new Object[] {(Object) (1L)}, null));
        assertError("ValueError: Unknown conversion specifier x", () -> Formatter.strFormat("{0!x}", new Object[] {(Object) (1L)}, null));
        assertError("ValueError: unmatched '{' in format spec", () -> Formatter.strFormat("{0!}", new Object[] {(Object) (1L)}, null));
        assertError("ValueError: expected ':' after conversion specifier", () -> Formatter.strFormat("{0!rr}", new Object[] {(Object) (1L)}, null));
        assertError("ValueError: Empty attribute in format string", () -> Formatter.strFormat("{0.}", new Object[] {(Object) (1L)}, null));
        assertError("ValueError: expected '}' before end of string", () -> Formatter.strFormat("{0[}", new Object[] {(Object) (1L)}, null));
        assertEquals("    1", Formatter.strFormat("{:{}}", new Object[] {(Object) (1L), (Object) (5L)}, null));
        assertEquals("    1", Formatter.strFormat("{:{}{}}", new Object[] {(Object) (1L), ">", (Object) (5L)}, null));
        assertError("ValueError: Max string recursion exceeded", () -> Formatter.strFormat("{:{:{}}}", new Object[] {(Object) (1L), (Object) (2L), (Object) (3L)}, null));
        assertEquals("       'a'", Formatter.strFormat("{!r:>10}", new Object[] {"a"}, null));
        assertEquals("{}1", Formatter.strFormat("{{}}{}", new Object[] {(Object) (1L)}, null));
        assertEquals("3.14", Formatter.strFormat("{0:{1}}", new Object[] {(Object) (0x1.921f9f01b866ep+1), ".2f"}, null));
        assertEquals("{5}", Formatter.strFormat("{{{0}}}", new Object[] {(Object) (5L)}, null));
        assertError("KeyError: ' 0'", () -> Formatter.strFormat("{ 0}", new Object[] {(Object) (1L)}, null));
        assertEquals("1", Formatter.strFormat("{:}", new Object[] {(Object) (1L)}, null));
        assertError("ValueError: Single '}' encountered in format string", () -> Formatter.strFormat("{0}}", new Object[] {(Object) (1L)}, null));
        assertError("IndexError: Replacement index 0 out of range for positional args tuple", () -> Formatter.strFormat("{}", new Object[] {}, null));
        assertEquals("a", Formatter.strFormat("{0[0]}", new Object[] {"ab"}, null));
        assertError("ValueError: Unknown format code 'x' for object of type 'str'", () -> Formatter.strFormat("{:x}", new Object[] {"s"}, null));
        assertEquals("'\\xe9'", Formatter.strFormat("{!a}", new Object[] {"\u00e9"}, null));
        assertError("KeyError: '0]'", () -> Formatter.strFormat("{0]}", new Object[] {(Object) (1L)}, null));
        assertEquals("25.000000%", Formatter.strFormat("{:%}", new Object[] {(Object) (0x1.0000000000000p-2)}, null));
        assertEquals("1,234,567", Formatter.strFormat("{:,}", new Object[] {(Object) (1234567L)}, null));
        assertEquals("  a", Formatter.strFormat("{:>{w}}", new Object[] {"a", (Object) (3L)}, new String[] {"w"}));
        assertEquals("Bob is   7 years", Formatter.strFormat("{name} is {age:>3} years", new Object[] {"Bob", (Object) (7L)}, new String[] {"name", "age"}));
        assertEquals("aba", Formatter.strFormat("{0}{1}{0}", new Object[] {"a", "b"}, null));
        assertEquals("********mid*********", Formatter.strFormat("{:*^20}", new Object[] {"mid"}, null));
        assertEquals("+2.2", Formatter.strFormat("{0.real:+.1f}", new Object[] {(Object) (0x1.2000000000000p+1)}, null));
        assertEquals("     3.142", Formatter.strFormat("{0:{1}.{2}f}", new Object[] {(Object) (0x1.921f9f01b866ep+1), (Object) (10L), (Object) (3L)}, null));
        assertEquals("===+5====", Formatter.strFormat("{:=^+9}", new Object[] {(Object) (5L)}, null));
        assertEquals("7", Formatter.strFormat("{0[0]}", new Object[] {PyTuple.of((Object) (7L), (Object) (8L))}, null));
        assertEquals("x1y2z", Formatter.strFormat("x{}y{}z", new Object[] {(Object) (1L), (Object) (2L)}, null));
    }

    @Test
    void groupingHelper() {
        // format(1234, '08,') == '0,001,234': the zero padding is grouped and never starts with ','
        assertEquals("0,001,234", Formatter.group("1234", 8, ',', 3));
        assertEquals("00,001,234", Formatter.group("1234", 10, ',', 3));
        assertEquals("1_2345", Formatter.group("12345", 0, '_', 4));
    }
}
