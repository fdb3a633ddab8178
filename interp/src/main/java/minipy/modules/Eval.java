package minipy.modules;

import minipy.compile.Ast;
import minipy.compile.CompileError;
import minipy.compile.Compiler;
import minipy.compile.Parser;
import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.Interpreter;
import minipy.vm.ThreadState;

/** eval(expression[, globals[, locals]]). */
final class Eval {
    private Eval() {}

    static Object eval(Interp interp, Object[] a) {
        if (!(a[0] instanceof String src)) throw Py.TypeError("eval() arg 1 must be a string, bytes or code object");
        Ast.Expr e;
        try {
            e = Parser.parseExpression(src.strip(), "<string>");
        } catch (CompileError ce) {
            throw Interp.syntaxError(ce).raise();
        }
        Ast.Module m = new Ast.Module(java.util.List.of(new Ast.Return(1, 0, e)));
        var f = ThreadState.current().frame;
        PyDict g = a.length > 1 && a[1] != Py.None ? (PyDict) a[1] : f.globals;
        // compile "def <eval>(): return EXPR" style: a module whose body returns the value
        var code = Compiler.compileEval(m, "<string>");
        return Interpreter.runModule(code, g);
    }
}
