package minipy.runtime;

/** The builtin exception hierarchy (CPython 3.11's, Objects/exceptions.c). */
public final class Exc {
    private Exc() {}

    public static final PyType BaseException = make("BaseException", PyType.OBJECT);
    public static final PyType SystemExit = make("SystemExit", BaseException);
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
    public static final PyType Exception = make("Exception", BaseException);
    public static final PyType StopIteration = make("StopIteration", Exception);
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
    public static final PyType ArithmeticError = make("ArithmeticError", Exception);
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = make("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = make("AssertionError", Exception);
    public static final PyType AttributeError = make("AttributeError", Exception);
    public static final PyType BufferError = make("BufferError", Exception);
    public static final PyType EOFError = make("EOFError", Exception);
    public static final PyType ImportError = make("ImportError", Exception);
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = make("LookupError", Exception);
    public static final PyType IndexError = make("IndexError", LookupError);
    public static final PyType KeyError = make("KeyError", LookupError);
    public static final PyType MemoryError = make("MemoryError", Exception);
    public static final PyType NameError = make("NameError", Exception);
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
    public static final PyType OSError = make("OSError", Exception);
    public static final PyType BlockingIOError = make("BlockingIOError", OSError);
    public static final PyType ChildProcessError = make("ChildProcessError", OSError);
    public static final PyType ConnectionError = make("ConnectionError", OSError);
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = make("FileExistsError", OSError);
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError);
    public static final PyType InterruptedError = make("InterruptedError", OSError);
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError);
    public static final PyType PermissionError = make("PermissionError", OSError);
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError);
    public static final PyType TimeoutError = make("TimeoutError", OSError);
    public static final PyType ReferenceError = make("ReferenceError", Exception);
    public static final PyType RuntimeError = make("RuntimeError", Exception);
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = make("RecursionError", RuntimeError);
    public static final PyType SyntaxError = make("SyntaxError", Exception);
    public static final PyType IndentationError = make("IndentationError", SyntaxError);
    public static final PyType TabError = make("TabError", IndentationError);
    public static final PyType SystemError = make("SystemError", Exception);
    public static final PyType TypeError = make("TypeError", Exception);
    public static final PyType ValueError = make("ValueError", Exception);
    public static final PyType UnicodeError = make("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError);
    public static final PyType Warning = make("Warning", Exception);
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning);
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning);
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning);
    public static final PyType UserWarning = make("UserWarning", Warning);
    public static final PyType FutureWarning = make("FutureWarning", Warning);
    public static final PyType ImportWarning = make("ImportWarning", Warning);
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning);
    public static final PyType BytesWarning = make("BytesWarning", Warning);
    public static final PyType ResourceWarning = make("ResourceWarning", Warning);

    /** Every exception type, in definition order, for installing into builtins. */
    /** The OSError subclass CPython picks for an errno (OSError(2, ...) is a FileNotFoundError). */
    public static PyType osErrorSubclass(int errno) {
        switch (errno) {
            case 1: case 13: return PermissionError;
            case 2: return FileNotFoundError;
            case 3: return ProcessLookupError;
            case 4: return InterruptedError;
            case 10: return ChildProcessError;
            case 11: return BlockingIOError;
            case 17: return FileExistsError;
            case 20: return NotADirectoryError;
            case 21: return IsADirectoryError;
            case 32: return BrokenPipeError;
            case 103: return ConnectionAbortedError;
            case 104: return ConnectionResetError;
            case 110: return TimeoutError;
            case 111: return ConnectionRefusedError;
            default: return OSError;
        }
    }

    public static final PyType[] ALL = {BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning, DeprecationWarning, PendingDeprecationWarning, RuntimeWarning, SyntaxWarning, UserWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning};

    /**
     * The ModuleNotFoundError raised when no module called {@code name} can be found, with its
     * {@code name} attribute set (as CPython's import system does).
     */
    public static PyException moduleNotFound(String name) {
        PyBaseException e = new PyBaseException(ModuleNotFoundError, "No module named '" + name + "'");
        e.dict.put("name", name);
        return e.raise();
    }

    /** Keyword arguments of an exception constructor: only ImportError takes any (name, path). */
    static void importErrorKeywords(PyBaseException e, PyType cls, Object[] a, String[] k) {
        boolean importError = cls.isSubtypeOf(ImportError);
        if (!importError) throw Py.TypeError(cls.name + "() takes no keyword arguments");
        for (int i = 0; i < k.length; i++) {
            Object v = a[a.length - k.length + i];
            if (k[i].equals("name") || k[i].equals("path")) e.dict.put(k[i], v);
            else throw Py.TypeError("'" + k[i] + "' is an invalid keyword argument for " + cls.name + "()");
        }
    }

    private static PyType make(String name, PyType base) {
        PyType t = new PyType(name, new PyType[] {base}, false);
        t.allocator = PyBaseException::new;
        t.immortal();
        return t;
    }
}
