# A small bank simulation using classes, class attributes and exceptions

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))

    def add_interest(self):
        gained = round(self.balance * self.interest_rate, 2)
        self.balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance})"

class Savings(Account):
    interest_rate = 0.05

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(amount, self.balance + self.overdraft)
        self.balance -= amount
        self.history.append(("wd", amount))

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, kind, *args, **kwargs):
        acct = kind(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print(f"transfer {src}->{dst} failed: {e} (short by {e.needed - e.available})")
            return False
        except KeyError as e:
            print("no such account:", e)
            return False
        else:
            self.accounts[dst].deposit(amount)
            return True
        finally:
            print(f"transfer of {amount} attempted")

bank = Bank()
a = bank.open(Savings, "alice", 1000)
b = bank.open(Checking, "bob", 50, overdraft=200)
c = bank.open(Account, owner="carol")
print(a, b, c, sep="\n")
print(bank.transfer(a.number, b.number, 300))
print(bank.transfer(b.number, c.number, 600))
print(bank.transfer(b.number, c.number, 500))
print(bank.transfer(9999, c.number, 1))
print("interest:", a.add_interest(), c.add_interest())
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in bank.accounts.values():
    print(f"{acct.number}: {acct.owner:<6} {acct.balance:>8.2f} {acct.history}")
print(sum(x.balance for x in bank.accounts.values()))
print(sorted(bank.accounts.values(), key=lambda x: x.balance)[0].owner)
