# @property with getter/setter/deleter, @staticmethod, @classmethod

class Temperature:
    """Temperature stored in Celsius."""

    instances = 0

    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    @classmethod
    def count(cls):
        return f"{cls.__name__}: {cls.instances} created"

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(Temperature.c_to_f(100), t.c_to_f(0))
boil = Temperature.from_fahrenheit(212)
print(type(boil).__name__, round(boil.celsius, 6))
print(Temperature.count())

class Kelvin(Temperature):
    @property
    def kelvin(self):
        return self.celsius + 273.15

k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.celsius, k.kelvin)
print(Kelvin.count())
try:
    k.kelvin = 5
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
print(isinstance(Temperature.__dict__["celsius"], property))
print(type(Temperature.__dict__["c_to_f"]).__name__, type(Temperature.__dict__["count"]).__name__)
