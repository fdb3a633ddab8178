# Closures, nonlocal, global

counter_total = 0

def make_counter(step=1):
    count = 0

    def increment():
        nonlocal count
        global counter_total
        count += step
        counter_total += step
        return count

    return increment

c1 = make_counter()
c2 = make_counter(10)
print(c1(), c1(), c1())
print(c2(), c2())
print("global total:", counter_total)

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])

def late_binding():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return [f() for f in funcs]

print("late binding:", late_binding())

def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("refused", amount))
            return balance
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        return balance, list(history)

    return deposit, withdraw, report

dep, wd, rep = make_account(100)
print(dep(50), wd(30), wd(500), dep(5))
print(rep())
print(c1.__closure__ is not None, len(c1.__closure__) >= 1)
c3 = make_counter(-1)
print([c3() for _ in range(4)], "global total:", counter_total)
