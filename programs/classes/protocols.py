# Container, iterator, callable and in-place protocols via special methods

class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]

    def __setitem__(self, index, value):
        self.cards[index] = value

    def __delitem__(self, index):
        del self.cards[index]

    def __contains__(self, card):
        return card in self.cards

    def __iter__(self):
        return iter(self.cards)

deck = Deck(["A", "K", "Q", "J", "10"])
print(len(deck), deck[0], deck[-1], deck[1:3], "Q" in deck, "2" in deck)
deck[0] = "ace"
del deck[1]
print(list(deck), [c.lower() for c in deck])

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
for n in Countdown(3):
    print("tick", n)

class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value):
        return value * self.factor

triple = Multiplier(3)
print(triple(14), callable(triple), list(map(triple, [1, 2])))

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __iadd__(self, other):
        self.cents += other
        return self

    def __le__(self, other):
        return self.cents <= other.cents

    def __format__(self, spec):
        return format(self.cents / 100, spec)

m = Money(150)
alias = m
m += 275
print(m is alias, f"{m:.2f}", Money(1) <= Money(2))
