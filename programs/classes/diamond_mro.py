# Multiple inheritance: diamond shapes, cooperative super() and the MRO

# Diamond inheritance
class Base:
    def __init__(self):
        print("Base init")
        self.trail = ["Base"]

    def who(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
        self.trail.append("Left")

    def who(self):
        return "Left>" + super().who()

class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
        self.trail.append("Right")

    def who(self):
        return "Right>" + super().who()

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom init")
        super().__init__()
        self.trail.append("Bottom")

    def who(self):
        return "Bottom>" + super().who()

b = Bottom()
print(b.trail)
print(b.who())
print([k.__name__ for k in Bottom.__mro__])
print([k.__name__ for k in Bottom.mro()])

class Walker:
    def move(self):
        return "walk"

class Swimmer:
    def move(self):
        return "swim"

    def dive(self):
        return "dive"

class Duck(Walker, Swimmer):
    pass

duck = Duck()
print(duck.move(), duck.dive(), [k.__name__ for k in Duck.__mro__])
try:
    class Broken(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", type(e).__name__, "MRO" in str(e))
