match = 1
case = lambda: 2
match, case = 3, 4
print(match, case)
def match(x): return x
print(match(5))
case: int = 6
print(case)
