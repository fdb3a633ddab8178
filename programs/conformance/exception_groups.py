eg = ExceptionGroup("msg", [ValueError(1), TypeError('t'), ExceptionGroup("inner", [ValueError(2)])])
print(repr(eg), str(eg), eg.message, eg.exceptions)
print(isinstance(eg, Exception), BaseExceptionGroup.__mro__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try: ExceptionGroup("x", [])
except ValueError as e: print(e)
try: ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e: print(e)
try:
    try: raise ValueError(1)
    except* ValueError: raise TypeError(2)
except Exception as e: print(repr(e), repr(e.__context__))
try:
    try: raise ValueError(1)
    except* TypeError: pass
except Exception as e: print(repr(e))
try:
    try: raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError: raise
except Exception as e: print(repr(e))
try:
    try: raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as v: raise TypeError(3)
except Exception as e: print(repr(e))
try:
    try: raise ValueError(1)
    except* ValueError: raise
except Exception as e: print(repr(e))
try:
    raise ExceptionGroup("g", [ValueError(1), KeyError(2), OSError(3)])
except* ValueError as v: print('v', repr(v))
except* (KeyError, OSError) as k: print('k', repr(k))
try: pass
except* ValueError: pass
else: print('else')
finally: print('fin')
try:
    try: raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as v: raise TypeError(3)
    except* KeyError: raise
except Exception as e: print(repr(e), repr(e.exceptions[0].__context__))
def f():
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
try:
    f()
except* ValueError as eg:
    for e in eg.exceptions: print("value:", e)
except* TypeError as eg:
    print("type:", eg.exceptions)
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message, excs)
try:
    raise MyEG("mine", [KeyError(1), OSError(2)])
except* KeyError as g:
    print(type(g).__name__, repr(g))
except* OSError as g:
    print(type(g).__name__, g.message)
try:
    try: raise ValueError(1)
    except* ExceptionGroup: pass
except TypeError as e: print(e)
eg = BaseExceptionGroup("b", [ValueError(1), KeyboardInterrupt()])
print(type(eg).__name__, str(eg), eg.args)
try: raise eg
except* KeyboardInterrupt as k: print('ki', repr(k))
except* ValueError as v: print('v', repr(v))
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("VE", repr(e))
except* TypeError as e:
    print("TE", repr(e))
