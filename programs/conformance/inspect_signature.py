def f(a, b: int = 2, /, c=3, *args, d, e=5, **kw) -> str: pass
c = f.__code__
print(c.co_varnames, c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_flags & 12, f.__defaults__, f.__kwdefaults__, f.__annotations__)
import inspect
def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> str: pass
def g(x, *, y=1): pass
def gen(): yield 1
async def co(): pass
class K:
    def __init__(self, p, q=0): pass
    def m(self, z): pass
sig = inspect.signature(f)
print(sig, repr(sig), list(sig.parameters), sig.parameters['b'], sig.parameters['b'].default, sig.parameters['d'].kind, sig.return_annotation)
print(inspect.signature(g), inspect.signature(K), inspect.signature(K(1).m), inspect.signature(lambda a, b=1: 0))
ba = inspect.signature(g).bind(1, y=5); print(ba.arguments, ba.args, ba.kwargs)
print(inspect.isfunction(f), inspect.isclass(K), inspect.ismethod(K(1).m), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isfunction(len))
print(inspect.cleandoc("""
    Hello
      world
    """), inspect.getdoc(K), [n for n, _ in inspect.getmembers(K, inspect.isfunction)])
for p in sig.parameters.values(): print(p.name, p.kind, p.default is inspect.Parameter.empty)
