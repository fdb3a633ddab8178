package minipy.vm;

/** Prints code objects in the spirit of `python -m dis`, from the Opcode enum. */
public final class Disassembler {
    private Disassembler() {}

    public static String disassemble(PyCode code) {
        StringBuilder sb = new StringBuilder();
        dis(code, sb);
        return sb.toString();
    }

    private static void dis(PyCode co, StringBuilder sb) {
        sb.append("Disassembly of <code object ").append(co.name).append(", line ").append(co.firstLine).append(">:\n");
        int lastLine = -1;
        for (int pc = 0; pc < co.code.length; pc++) {
            int insn = co.code[pc];
            Opcode op = Opcode.of(PyCode.op(insn));
            int arg = PyCode.arg(insn);
            int line = co.lines[pc];
            String ln = line != lastLine ? String.format("%4d", line) : "    ";
            if (line != lastLine && pc > 0) sb.append('\n');
            lastLine = line;
            sb.append(String.format("%s %6d %-22s", ln, pc, op.name()));
            String detail = detail(co, op, arg);
            if (detail != null) sb.append(String.format("%3d (%s)", arg, detail));
            else if (hasArg(op)) sb.append(arg);
            sb.append('\n');
        }
        if (co.excTable.length > 0) {
            sb.append("ExceptionTable:\n");
            for (int i = 0; i < co.excTable.length; i += 4) {
                sb.append(String.format("  %d to %d -> %d [%d]%n", co.excTable[i], co.excTable[i + 1], co.excTable[i + 2], co.excTable[i + 3]));
            }
        }
        sb.append('\n');
        for (Object c : co.consts) if (c instanceof PyCode child) dis(child, sb);
    }

    private static boolean hasArg(Opcode op) {
        switch (op) {
            case NOP: case POP_TOP: case PUSH_NULL: case RETURN_VALUE: case YIELD_VALUE: case GET_ITER:
            case BINARY_SUBSCR: case STORE_SUBSCR: case DELETE_SUBSCR: case UNARY_NEGATIVE: case UNARY_POSITIVE:
            case UNARY_INVERT: case UNARY_NOT: case LIST_TO_TUPLE: case LOAD_BUILD_CLASS: case RERAISE:
            case PUSH_EXC_INFO: case POP_EXCEPT: case CHECK_EXC_MATCH: case BEFORE_WITH: case WITH_EXCEPT_START:
            case LOAD_ASSERTION_ERROR: case GET_YIELD_FROM_ITER: case IMPORT_STAR: case SETUP_ANNOTATIONS: case GET_LEN:
                return false;
            default:
                return true;
        }
    }

    private static String detail(PyCode co, Opcode op, int arg) {
        switch (op) {
            case LOAD_CONST: {
                Object c = co.consts[arg];
                return c instanceof PyCode pc ? "<code object " + pc.name + ">" : minipy.runtime.Ops.repr(c);
            }
            case LOAD_FAST: case STORE_FAST: case DELETE_FAST: return co.varnames[arg];
            case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF: case LOAD_CLOSURE: case LOAD_CLASSDEREF:
                return arg < co.cellvars.length ? co.cellvars[arg] : co.freevars[arg - co.cellvars.length];
            case LOAD_NAME: case STORE_NAME: case DELETE_NAME: case LOAD_GLOBAL: case STORE_GLOBAL: case DELETE_GLOBAL:
            case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case LOAD_METHOD: case IMPORT_NAME: case IMPORT_FROM:
                return co.names[arg];
            case BINARY_OP: {
                int i = arg >= minipy.runtime.Arith.INPLACE ? arg - minipy.runtime.Arith.INPLACE : arg;
                return minipy.runtime.Arith.SYMBOLS[i] + (arg >= minipy.runtime.Arith.INPLACE ? "=" : "");
            }
            case COMPARE_OP: return new String[] {"<", "<=", "==", "!=", ">", ">="}[arg];
            default:
                if (op.isJump()) return "to " + arg;
                return null;
        }
    }
}
