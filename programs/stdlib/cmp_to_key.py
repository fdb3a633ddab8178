# functools.cmp_to_key: sorting with an old-style comparison function (the
# key objects are compared by Python-level __lt__ methods).
from functools import cmp_to_key


def compare_len(a, b):
    return len(a) - len(b)


words = ['ccc', 'a', 'bb', 'dddd', 'e']
print(sorted(words, key=cmp_to_key(compare_len)))
print(sorted(words, key=cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
print(max(words, key=cmp_to_key(compare_len)))

Key = cmp_to_key(compare_len)
print(Key('ab') < Key('abc'), Key('ab') == Key('xy'), Key('abc') >= Key('a'))
try:
    hash(Key('a'))
except TypeError:
    print('unhashable')
