# Single and multiple inheritance, MRO, diamond, super() without arguments

class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name
        print(f"Animal.__init__({name})")

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__} named {self.name}"

class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
        print("Dog.__init__ done")

    def speak(self):
        base = super().speak()
        return base + "!"

class Puppy(Dog):
    def speak(self):
        return super().speak().upper()

d = Dog("Rex", ["sit"])
p = Puppy("Bit")
print(d.speak(), "|", p.speak())
print(d.describe(), "|", p.describe())
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
