import textwrap, statistics
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 30))
print(textwrap.fill(s, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))
print(textwrap.indent("a\nb\n\nc", "> "))
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), statistics.stdev(data))
print(statistics.variance(data), statistics.pvariance(data), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.mean([1.5, 2.5]), statistics.fmean([1, 2, 3]), statistics.multimode("aabbc"), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
print(statistics.mean([1, 2]), statistics.median([1, 3, 2]), statistics.harmonic_mean([40, 60]), round(statistics.geometric_mean([2, 8]), 6))
try: statistics.mean([])
except statistics.StatisticsError as e: print(e)
