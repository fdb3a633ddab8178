class D:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, t=None):
        return self.name
class A:
    x = D()
    def __init_subclass__(cls, **kw):
        print("init sub", cls.__name__, kw)
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
print(A().x)
class B(A, tag=1): pass
print(A[int])
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print("AE", e)
print(hasattr(s, "__dict__"))
try:
    print(s.b)
except AttributeError as e:
    print("AE", e)
