import traceback, sys
def bad():
    raise ValueError("oops")
try:
    bad()
except ValueError:
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1], len(s.splitlines()))
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
    lines = traceback.format_exception(sys.exc_info()[1])
    print(len(lines), lines[-1], end="")
    print([l.split(",")[1:] for l in lines[1:-1]])
print(sys.exception())
def where():
    return [f.name for f in traceback.extract_stack()][-2:]
def caller():
    return where()
print(caller())
