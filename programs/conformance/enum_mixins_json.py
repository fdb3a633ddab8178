import json
from enum import IntEnum, Enum
class Lvl(IntEnum):
    LOW = 1
    HIGH = 2
print(json.dumps({"l": Lvl.HIGH}), "%d" % Lvl.LOW, Lvl.LOW + 1, Lvl(2), Lvl.HIGH > Lvl.LOW, [1, 2][Lvl.LOW], range(Lvl.HIGH))
class MyStr(str): pass
print(json.dumps(MyStr("x")), json.dumps({MyStr("k"): 1}), MyStr("a") < "b", "a" < MyStr("b"), MyStr("ab").upper(), MyStr("x") * 3)
class Color(str, Enum):
    RED = "red"
print(Color.RED == "red", Color.RED.upper(), Color.RED.value, json.dumps(Color.RED), f"{Color.RED.value}", Color("red"))
d = {Lvl.LOW: "low"}
print(d[1], d[Lvl.LOW], 1 in d, sorted([Lvl.HIGH, Lvl.LOW, 0]))
class F(float):
    def __str__(self): return "F!"
print(F(1.5), str(F(1.5)), repr(F(1.5)), F(1.5) * 2, round(F(2.567), 1), int(F(3.9)), F(0.1) + F(0.2))
