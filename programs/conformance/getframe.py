import sys
def who_called():
    return sys._getframe(1).f_code.co_name
def g():
    print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
    print(who_called(), sys._getframe(1).f_code.co_name)
    f = sys._getframe()
    print(f.f_back.f_code.co_name, f.f_back.f_lineno, sorted(f.f_back.f_locals))
    print(f.f_globals is globals(), f.f_code.co_filename.endswith("getframe.py"))
def h():
    local_a = 1
    local_b = [2]
    g()
h()
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError", e)
