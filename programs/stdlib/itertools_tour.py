# itertools: the infinite iterators, the terminating ones, and the
# combinatoric ones, including how much of the input each one reads.
from itertools import (count, cycle, repeat, accumulate, chain, compress,
                       dropwhile, takewhile, filterfalse, starmap, islice,
                       pairwise, zip_longest, groupby, tee, product,
                       permutations, combinations,
                       combinations_with_replacement)
import itertools

c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(10, 5), 4)), repr(count(2.5, 0.5)), repr(count(3, 1)))
print(list(zip('abc', count(1))))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
r = repeat('x', 3)
print(repr(r), list(r), repr(r), list(repeat(7, -2)))
print(list(map(pow, range(4), repeat(2))))

print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])),
      list(accumulate([], initial=0)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)),
      list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice([], 3)), list(islice('abc', None)))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for args in [(-1,), (1, -1), (1, -2), (-1, 3), ('a', 3), (0, 5, 0), ('a',)]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print('ValueError:', e)

print(list(pairwise('ABCDE')), list(pairwise('A')))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
print(list(zip_longest([1], [2, 3], [])))

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, [w for w in g]) for k, g in groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])])
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
print(len(tee('abc', 3)), [list(t) for t in tee('abc', 3)], tee('x', 0))

print(list(product('ab', range(2))))
print(list(product([0, 1], repeat=3))[:5], len(list(product('abc', 'de', repeat=2))))
print(list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)))
print(len(list(permutations(range(5)))), list(permutations([1, 2, 3]))[:3], list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations('abc', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)))
for bad in [lambda: permutations('a', -1), lambda: combinations('a', -1),
            lambda: product('a', repeat=-1)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
print(sorted(n for n in dir(itertools) if not n.startswith('_') and n in
             ('count', 'chain', 'islice', 'product', 'groupby', 'tee')))
