# Reads its standard input (the sibling read_input.in) with input() and sys.stdin
import sys

count = int(input())
print("expecting", count, "scores")
scores = {}
for _ in range(count):
    line = input()
    name, score = line.split(":")
    scores[name.strip()] = int(score)
print("scores:", scores)
best = max(scores, key=scores.get)
print(f"best: {best} with {scores[best]}")
print(f"mean: {sum(scores.values()) / len(scores):.2f}")
prompt_answer = input("command> ")
print()
print("command was", repr(prompt_answer))
rest = sys.stdin.read()
lines = rest.splitlines()
print("remaining lines:", len(lines))
for number, text in enumerate(lines, 1):
    print(f"{number:>3}| {text.upper()}")
try:
    input()
except EOFError as e:
    print("EOFError at end of input:", type(e).__name__)
ranking = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for place, (name, score) in enumerate(ranking, 1):
    print(place, name.ljust(6), str(score).rjust(4))
