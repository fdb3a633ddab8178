from enum import Enum, IntEnum, auto, StrEnum, Flag, IntFlag, unique
class C(Enum):
    R = 1; G = auto()
class S(str, Enum):
    A = 'a'
class I(IntEnum):
    X = 1; Y = auto()
class SE(StrEnum):
    P = auto()
print(str(C.R), repr(C.R), f'{C.R}', format(C.R, '>10'), str(S.A), repr(S.A), f'{S.A}', str(I.X), repr(I.X), f'{I.X}', I.X + 1, str(SE.P), repr(SE.P))
print(list(C), C(2), C['G'], C.R.name, C.R.value, len(C), C.R in C, C.__members__)
try: C(5)
except ValueError as e: print(e)
try: C['Z']
except KeyError as e: print(repr(e))
print(hash(C.R) == hash('R'), C.R == 1, I.X == 1, S.A == 'a', sorted([I.Y, I.X]), C.R is C(1), type(C.R), isinstance(C.R, C))
class F(Flag):
    A = auto(); B = auto(); C = auto()
print(F.A | F.B, repr(F.A|F.B), F.A in (F.A|F.B), F(3))
class P(Enum):
    E = (1, 2)
    def __init__(self, m, r): self.m = m; self.r = r
    @property
    def g(self): return self.m * self.r
print(P.E.g, P.E.value, P.E)
class Color(Enum):
    RED = "r"
    CRIMSON = "r"
    BLUE = "b"
    def describe(self): return f"{self.name} is {self.value}"
    @classmethod
    def default(cls): return cls.BLUE
print(list(Color), Color.CRIMSON, Color.RED.describe(), Color.default(), Color("b"))
for c in Color: print(c.name, c.value)
try:
    Color.RED = 3
except AttributeError as e: print(e)
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)
d = {C.R: "red"}
print(d[C.R], C.R != C.G, I.X < I.Y, I.Y * 2)
