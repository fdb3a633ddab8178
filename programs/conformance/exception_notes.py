def f():
    e = ValueError("bad value")
    e.add_note("extra context")
    raise e
f()
