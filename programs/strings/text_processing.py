# A realistic text-processing job: word statistics and a formatted report
TEXT = """\
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""


def normalise(text):
    cleaned = []
    for ch in text.lower():
        if ch.isalpha() or ch.isspace():
            cleaned.append(ch)
        else:
            cleaned.append(" ")
    return "".join(cleaned)


words = normalise(TEXT).split()
print("lines:", len(TEXT.splitlines()), "words:", len(words), "chars:", len(TEXT))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("top words:")
for rank, (word, count) in enumerate(top, 1):
    bar = "#" * count
    print(f"{rank:>2}. {word:<8} {count:>3} {bar}")
print("unique words:", len(counts))
longest = max(words, key=len)
print("longest word:", longest, len(longest))
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(f"{length:2d}: {' '.join(by_length[length])}")
caps = [w.strip(".,") for w in TEXT.split() if w[0].isupper()]
print("capitalised:", caps)
first_line = TEXT.splitlines()[0]
print(first_line.title())
print(first_line.replace("times", "TIMES", 1))
print(" ".join(word.capitalize() for word in first_line.split()[:4]))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))


def is_palindrome(phrase):
    letters = [c.lower() for c in phrase if c.isalnum()]
    return letters == letters[::-1]


for phrase in ["A man, a plan, a canal: Panama", "Not a palindrome", "Was it a car or a cat I saw?"]:
    print(f"{phrase!r:36} -> {is_palindrome(phrase)}")
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print("vowels:", vowels, "ratio: %.3f" % (vowels / len(words)))
wrapped, line = [], ""
for w in TEXT.split():
    if len(line) + len(w) + 1 > 30:
        wrapped.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
wrapped.append(line)
print("\n".join(f"|{l:<30}|" for l in wrapped[:5]))
