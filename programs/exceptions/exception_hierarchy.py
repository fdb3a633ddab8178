# The standard exception hierarchy, args, str and repr of builtin exceptions
checks = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (FileNotFoundError, OSError),
    (ConnectionError, OSError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (UnicodeDecodeError, ValueError),
    (StopIteration, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (GeneratorExit, Exception),
    (Exception, BaseException),
    (bool, int),
    (TypeError, ValueError),
    (AssertionError, Exception),
    (ModuleNotFoundError, ImportError),
    (UnboundLocalError, NameError),
    (IndentationError, SyntaxError),
]
for sub, sup in checks:
    print(f"issubclass({sub.__name__}, {sup.__name__}) = {issubclass(sub, sup)}")

samples = [
    ValueError("bad value"),
    KeyError("key"),
    IndexError("list index out of range"),
    TypeError("a", "b"),
    Exception(),
    RuntimeError(42),
    OSError("disk"),
    StopIteration(7),
]
for e in samples:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)

def trigger(code):
    try:
        exec_table[code]()
    except BaseException as e:
        return type(e).__name__, str(e)

not_callable = None
exec_table = {
    "div": lambda: 1 // 0,
    "mod": lambda: 5 % 0,
    "fdiv": lambda: 1.0 / 0,
    "idx": lambda: (1, 2)[5],
    "key": lambda: {"a": 1}["b"],
    "attr": lambda: (5).nope,
    "name": lambda: undefined_thing,
    "type": lambda: len(5),
    "add": lambda: [] + (),
    "int": lambda: int("12x"),
    "unpack": lambda: [a for a, b in [(1, 2, 3)]],
    "call": lambda: not_callable(),
    "stop": lambda: next(iter([])),
    "assert": lambda: exec_assert(),
    "remove": lambda: [1, 2].remove(3),
    "pop": lambda: [].pop(),
    "dictpop": lambda: {}.popitem(),
    "hash": lambda: {[1]: 2},
    "str_idx": lambda: "abc"[10],
    "ord": lambda: ord("ab"),
}

def exec_assert():
    assert 1 + 1 == 3, "math is broken"

for code in exec_table:
    print(f"{code:>8}:", *trigger(code))
e = KeyError("k")
print(isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, ValueError))
print(BaseException.__name__, Exception.__bases__[0].__name__, ArithmeticError.__bases__[0].__name__)
try:
    raise SystemExit(5)
except SystemExit as s:
    print("SystemExit caught with code", s.code)
