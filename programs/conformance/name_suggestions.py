count = 1
try:
    print(cuont)
except NameError as e:
    print(e)
class A:
    def __init__(self): self.value = 1
a = A()
try:
    a.valeu
except AttributeError as e:
    print(e)
import math
try:
    math.sqr(2)
except AttributeError as e:
    print(e)
def f():
    total = 0
    return totl + 1
f()
