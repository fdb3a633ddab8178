from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)
with swallow():
    raise KeyError("k")
print("after")
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
class R:
    def close(self): print("closed")
with closing(R()) as r: print("using")
with nullcontext(5) as v: print(v)
with ExitStack() as st:
    for n in "xy":
        st.enter_context(tag(n))
    st.callback(print, "callback")
@tag("deco")
def f(): print("in f")
f()
