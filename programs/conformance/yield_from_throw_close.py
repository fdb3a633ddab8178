def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub caught", e)
        yield 99
        return "subret"
    finally:
        print("sub finally")
def outer():
    r = yield from sub()
    print("r =", r)
    yield 3
gen = outer()
print(next(gen))
print(gen.throw(ValueError("boom")))
print(gen.throw(ValueError("again")) if False else next(gen))
gen.close()
gen2 = outer(); next(gen2); gen2.close()
def outer2():
    try:
        yield from sub()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "k"
g3 = outer2(); next(g3); print(g3.throw(KeyError("x")))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
def outer3():
    yield from It()
g4 = outer3(); next(g4)
try:
    g4.throw(IndexError("ie"))
except IndexError as e:
    print("propagated", e)
def gen5():
    try:
        yield 1
    except GeneratorExit:
        print("exit!")
        raise
g5 = gen5(); next(g5); del g5
print("end")
