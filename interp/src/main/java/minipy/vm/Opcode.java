package minipy.vm;

/**
 * The instruction set: the single source of truth for names, stack effects and flags.
 * The compiler computes max stack sizes from {@link #effect}; the disassembler prints from
 * this enum. Names follow CPython's where the meaning matches. Stack effects are written as
 * {@code ( before -- after )}; an effect that depends on the operand is computed in
 * {@link #stackEffect(int)}.
 *
 * <p>Grep "ORDER OP" if you reorder: nothing depends on ordinal values except the byte
 * encoding, which is rebuilt at every compile.
 */
public enum Opcode {
    NOP(0),                       // ( -- )
    POP_TOP(-1),                  // ( v -- )
    PUSH_NULL(1),                 // ( -- null )
    COPY(1),                      // ( x ... -- x ... x ): copies the item at depth arg (1 = top)
    SWAP(0),                      // ( a ... b -- b ... a ): swaps top with the item at depth arg
    LOAD_CONST(1),                // ( -- consts[arg] )
    LOAD_FAST(1),                 // ( -- locals[arg] )
    STORE_FAST(-1),               // ( v -- ) locals[arg] = v
    DELETE_FAST(0),               // ( -- ) del locals[arg]
    LOAD_DEREF(1),                // ( -- cell[arg].value )
    STORE_DEREF(-1),              // ( v -- ) cell[arg].value = v
    DELETE_DEREF(0),              // ( -- )
    LOAD_CLOSURE(1),              // ( -- cell[arg] )
    LOAD_CLASSDEREF(1),           // ( -- v ) class-body read of a free variable: class namespace, then the cell
    LOAD_NAME(1),                 // ( -- v ) locals dict, globals, builtins
    STORE_NAME(-1),               // ( v -- )
    DELETE_NAME(0),               // ( -- )
    LOAD_GLOBAL(1),               // ( -- v ) globals, builtins (cached)
    STORE_GLOBAL(-1),             // ( v -- )
    DELETE_GLOBAL(0),             // ( -- )
    LOAD_ATTR(0),                 // ( obj -- obj.names[arg] )
    STORE_ATTR(-2),               // ( v obj -- ) obj.names[arg] = v
    DELETE_ATTR(-1),              // ( obj -- )
    LOAD_METHOD(1),               // ( obj -- meth self ) or ( obj -- attr null )
    BINARY_OP(-1),                // ( a b -- a op b ): arg selects the operator (BinOps)
    UNARY_NEGATIVE(0),            // ( v -- -v )
    UNARY_POSITIVE(0),            // ( v -- +v )
    UNARY_INVERT(0),              // ( v -- ~v )
    UNARY_NOT(0),                 // ( v -- not v )
    COMPARE_OP(-1),               // ( a b -- a cmp b ): arg: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=
    IS_OP(-1),                    // ( a b -- a is b ) (arg 1: is not)
    CONTAINS_OP(-1),              // ( a b -- a in b ) (arg 1: not in)
    BINARY_SUBSCR(-1),            // ( obj key -- obj[key] )
    STORE_SUBSCR(-3),             // ( v obj key -- ) obj[key] = v
    DELETE_SUBSCR(-2),            // ( obj key -- )
    BUILD_SLICE(0),               // ( lo hi [step] -- slice ): arg 2 or 3
    BUILD_TUPLE(0),               // ( items*arg -- tuple )
    BUILD_LIST(0),                // ( items*arg -- list )
    BUILD_SET(0),                 // ( items*arg -- set )
    BUILD_MAP(0),                 // ( (k v)*arg -- dict )
    BUILD_STRING(0),              // ( str*arg -- joined )
    LIST_APPEND(-1),              // ( list ... v -- list ... ): list at depth arg (after pop)
    SET_ADD(-1),                  // ( set ... v -- set ... )
    MAP_ADD(-2),                  // ( dict ... k v -- dict ... )
    LIST_EXTEND(-1),              // ( list ... it -- list ... )
    SET_UPDATE(-1),               // ( set ... it -- set ... )
    DICT_UPDATE(-1),              // ( dict ... m -- dict ... )
    DICT_MERGE(-1),               // ( dict ... m -- dict ... ) for f(**m): duplicate keys are a TypeError
    LIST_TO_TUPLE(0),             // ( list -- tuple )
    FORMAT_VALUE(0),              // ( v [spec] -- str ): arg bit 0-1 conversion (0 none,1 str,2 repr,3 ascii), bit 2 has spec
    UNPACK_SEQUENCE(0),           // ( seq -- items*arg ) last item on top... first item on top, as CPython
    UNPACK_EX(0),                 // ( seq -- before list after ): arg = before | after << 8
    JUMP_FORWARD(0),              // ( -- ) pc = arg
    JUMP_BACKWARD(0),             // ( -- ) pc = arg; checks the eval breaker
    POP_JUMP_IF_FALSE(-1),        // ( v -- )
    POP_JUMP_IF_TRUE(-1),         // ( v -- )
    POP_JUMP_IF_NONE(-1),         // ( v -- )
    POP_JUMP_IF_NOT_NONE(-1),     // ( v -- )
    JUMP_IF_FALSE_OR_POP(-1),     // ( v -- v ) if jumping, else ( v -- )
    JUMP_IF_TRUE_OR_POP(-1),      // ( v -- v ) if jumping, else ( v -- )
    GET_ITER(0),                  // ( obj -- iter )
    FOR_ITER(1),                  // ( iter -- iter next ), or ( iter -- ) and jump to arg when exhausted
    RETURN_VALUE(-1),             // ( v -- ) return from the frame
    YIELD_VALUE(0),               // ( v -- sent ) suspends the generator
    GET_YIELD_FROM_ITER(0),       // ( obj -- iter )
    SEND(0),                      // ( iter v -- iter yielded ) or, when the sub-iterator returns, ( iter v -- result ) and jump to arg
    CALL(0),                      // ( f args*arg -- result )
    CALL_METHOD(-1),              // ( f self_or_null args*arg -- result )
    CALL_KW(-1),                  // ( f args*arg kwnames -- result ): the last len(kwnames) args are keyword values
    CALL_FUNCTION_EX(-1),         // ( f argtuple [kwdict] -- result ): arg 1 when kwdict present
    MAKE_FUNCTION(0),             // ( [defaults] [kwdefaults] [closure] code -- fn ): arg bits 1, 2, 8
    LOAD_BUILD_CLASS(1),          // ( -- __build_class__ )
    IMPORT_NAME(-1),              // ( level fromlist -- module )
    IMPORT_FROM(1),               // ( module -- module attr )
    IMPORT_STAR(-1),              // ( module -- )
    RAISE_VARARGS(0),             // ( [exc [cause]] -- ): arg 0 re-raises the handled exception
    RERAISE(-1),                  // ( exc -- ) raises exc again, keeping its traceback
    PUSH_EXC_INFO(1),             // ( exc -- prev exc ) makes exc the handled exception
    POP_EXCEPT(-1),               // ( prev -- ) restores the handled exception
    CHECK_EXC_MATCH(0),           // ( exc type -- exc bool )
    BEFORE_WITH(1),               // ( cm -- exit enter_result )
    WITH_EXCEPT_START(1),         // ( exit prev exc -- exit prev exc res ) calls exit(type, exc, tb)
    LOAD_ASSERTION_ERROR(1),      // ( -- AssertionError )
    SETUP_ANNOTATIONS(0),         // ( -- ) creates __annotations__ in the namespace
    GET_LEN(1);                   // ( obj -- obj len )

    /** Fixed stack effect (for ops whose effect depends on the operand, see stackEffect). */
    public final int effect;

    Opcode(int effect) { this.effect = effect; }

    private static final Opcode[] VALUES = values();

    public static Opcode of(int code) { return VALUES[code]; }

    /** Net stack effect of this instruction with operand arg, on the fall-through path. */
    public int stackEffect(int arg) {
        switch (this) {
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return 1 - arg;
            case BUILD_MAP: return 1 - 2 * arg;
            case BUILD_SLICE: return 1 - arg;
            case UNPACK_SEQUENCE: return arg - 1;
            case UNPACK_EX: return (arg & 0xff) + (arg >> 8);
            case CALL: return -arg;
            case CALL_METHOD: return -arg - 1;
            case CALL_KW: return -arg - 1;
            case CALL_FUNCTION_EX: return -1 - (arg & 1);
            case MAKE_FUNCTION: return -Integer.bitCount(arg & 0b1011);
            case RAISE_VARARGS: return -arg;
            case FORMAT_VALUE: return (arg & 4) != 0 ? -1 : 0;
            default: return effect;
        }
    }

    public boolean isJump() {
        switch (this) {
            case JUMP_FORWARD: case JUMP_BACKWARD: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
            case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP: case FOR_ITER: case SEND:
                return true;
            default:
                return false;
        }
    }
}
