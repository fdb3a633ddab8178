package minipy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minipy.vm.Disassembler;
import minipy.vm.PyCode;
import org.junit.jupiter.api.Test;

/** Golden disassemblies of small functions: the compiler's output per construct. */
class CompilerTest {

    private static String dis(String source, String function) {
        PyCode module = Compiler.compileModule(Parser.parse(source, "t.py"), "t.py");
        String all = Disassembler.disassemble(module);
        int at = all.indexOf("<code object " + function + ",");
        assertTrue(at >= 0, all);
        int end = all.indexOf("Disassembly of", at + 1);
        return all.substring(all.lastIndexOf("Disassembly", at), end < 0 ? all.length() : end);
    }

    @Test
    void arithmeticWithDefaults() {
        assertEquals(String.join("\n",
                "Disassembly of <code object f, line 1>:",
                "   2      0 LOAD_FAST               0 (a)",
                "          1 LOAD_FAST               1 (b)",
                "          2 LOAD_CONST              0 (2)",
                "          3 BINARY_OP               2 (*)",
                "          4 BINARY_OP               0 (+)",
                "          5 RETURN_VALUE          ",
                "", ""), dis("def f(a, b=1):\n    return a + b * 2\n", "f"));
    }

    @Test
    void closureUsesCellsAndFreeVariables() {
        String outer = dis("def k():\n    x = 1\n    def inner():\n        return x\n    return inner\n", "k");
        assertTrue(outer.contains("STORE_DEREF             0 (x)"), outer);
        assertTrue(outer.contains("LOAD_CLOSURE            0 (x)"), outer);
        assertTrue(outer.contains("MAKE_FUNCTION         8"), outer);
        String inner = dis("def k():\n    x = 1\n    def inner():\n        return x\n    return inner\n", "inner");
        assertTrue(inner.contains("LOAD_DEREF              0 (x)"), inner);
    }

    @Test
    void forLoopWithContinueJumpsBackToForIter() {
        String d = dis("def g(xs):\n    t = 0\n    for x in xs:\n        if x % 2:\n            continue\n        t += x\n    return t\n", "g");
        assertTrue(d.contains("GET_ITER"), d);
        assertTrue(d.matches("(?s).*FOR_ITER .*JUMP_BACKWARD.*"), d);
        assertTrue(d.contains("BINARY_OP              16 (+=)"), d);
    }

    /** A return inside try/finally inlines the finally body outside the try's protected range. */
    @Test
    void returnThroughFinallyIsNotProtectedByItsOwnHandlers() {
        String d = dis("def h(n):\n    try:\n        return 1 / n\n    except ZeroDivisionError as e:\n        return None\n"
                + "    finally:\n        print('done')\n", "h");
        assertTrue(d.contains("ExceptionTable:\n  0 to 3 -> "), d);
    }

    @Test
    void breakOutsideLoopIsASyntaxError() {
        CompileError e = assertThrows(CompileError.class, () -> Compiler.compileModule(Parser.parse("break\n", "t.py"), "t.py"));
        assertEquals("'break' outside loop", e.msg);
        assertEquals(1, e.line);
    }

    @Test
    void returnOutsideFunctionIsASyntaxError() {
        CompileError e = assertThrows(CompileError.class, () -> Compiler.compileModule(Parser.parse("x = 1\nreturn x\n", "t.py"), "t.py"));
        assertEquals("'return' outside function", e.msg);
        assertEquals(2, e.line);
    }
}
