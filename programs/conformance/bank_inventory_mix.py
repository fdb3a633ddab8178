from dataclasses import dataclass, field
from typing import Optional, List, Dict
from collections import defaultdict
from enum import Enum, auto
import functools

class Status(Enum):
    ACTIVE = auto()
    SUSPENDED = auto()

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    status: Status = Status.ACTIVE
    history: List[str] = field(default_factory=list)

    def deposit(self, amount: float) -> None:
        if amount <= 0:
            raise ValueError(f"Invalid amount: {amount}")
        self.balance += amount
        self.history.append(f"deposit {amount:.2f}")

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed

class Bank:
    def __init__(self):
        self.accounts: Dict[str, Account] = {}
    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[owner] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        if a.balance < amount:
            raise InsufficientFunds(amount, a.balance)
        a.balance -= amount; b.balance += amount
    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: -a.balance))
    def __len__(self): return len(self.accounts)

bank = Bank()
bank.open("alice", 100).deposit(50)
bank.open("bob", 20)
try:
    bank.transfer("bob", "alice", 500)
except InsufficientFunds as e:
    print("error:", e, e.needed)
bank.transfer("alice", "bob", 30)
for acct in bank:
    print(acct)
print(len(bank), sum(a.balance for a in bank))
try:
    bank.accounts["alice"].deposit(-5)
except ValueError as e:
    print(e)

groups = defaultdict(list)
for word in "apple banana avocado blueberry cherry".split():
    groups[word[0]].append(word)
print(dict(groups))
print({k: len(v) for k, v in sorted(groups.items())})

@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print([ways(i) for i in range(10)])

class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self): return "\n".join(" ".join(f"{v:3}" for v in r) for r in self.rows)
    def __eq__(self, o): return self.rows == o.rows
print(Matrix([[1, 2], [3, 4]]) @ Matrix([[5, 6], [7, 8]]))
print(Matrix([[1]]) == Matrix([[1]]), Matrix([[1]]) != Matrix([[2]]))

def parse(line):
    match line.split():
        case ["add", x, y]: return int(x) + int(y)
        case ["neg", x]: return -int(x)
        case _: return None
print([parse(l) for l in ["add 1 2", "neg 5", "bogus"]])
text = "the cat sat on the mat the end"
freq = {}
for w in text.split(): freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, max(freq, key=freq.get))
print(f"{'Name':<8}|{'Qty':>5}|")
for n, q in [("pen", 3), ("notebook", 12)]:
    print(f"{n:<8}|{q:>5}|")
