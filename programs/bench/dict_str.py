# dict_str: dict and str workload -- word counting, splits, joins, formatting, sorting.
import sys
import time

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n_lines, seed):
    # deterministic pseudo-random text (linear congruential generator)
    lines = []
    x = seed
    nw = len(WORDS)
    for i in range(n_lines):
        parts = []
        for j in range(12):
            x = (x * 1103515245 + 12345) % 2147483648
            w = WORDS[x % nw]
            if x & 16:
                w = w.upper()
            elif x & 32:
                w = w.capitalize()
            parts.append(w)
        lines.append(" ".join(parts) + ("." if i % 3 else ","))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.strip(".,").split():
            w = word.lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def bigrams(text):
    pairs = {}
    words = text.replace("\n", " ").replace(".", "").replace(",", "").lower().split()
    for i in range(len(words) - 1):
        key = words[i] + "-" + words[i + 1]
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return pairs


def report(counts):
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out = []
    for k, v in items[:20]:
        out.append("%-10s %6d %s" % (k, v, "{:>8}".format(k[::-1])))
        out.append(f"{k}:{v:05d}|{len(k)}")
    return "\n".join(out)


def checksum_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 4294967291
    return h


def bench():
    rounds = 80
    total = 0
    nkeys = 0
    for r in range(rounds):
        text = make_text(2000, r + 1)
        counts = count_words(text)
        pairs = bigrams(text)
        rep = report(counts) + "\n" + report(pairs)
        total = (total + checksum_str(rep)) % 4294967291
        nkeys += len(counts) + len(pairs)
        d = {}
        for k, v in pairs.items():
            first, _, second = k.partition("-")
            d.setdefault(first, []).append(second)
        total = (total + sum(len(v) for v in d.values()) + len("".join(sorted(d)))) % 4294967291
    return line("checksum:", total, nkeys)


def line(*args):
    return " ".join([str(a) for a in args])


def main():
    # Optional argument R: do the work R times (default 1); elapsed: is that of the last
    # repetition (so R > 1 measures a warmed-up interpreter/JIT).
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = bench()
        t1 = time.perf_counter()
    print(result)
    print("elapsed: %.6f" % (t1 - t0))


main()
