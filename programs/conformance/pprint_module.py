from pprint import pprint, pformat
data = {'name': 'widget', 'tags': ['a', 'b', 'c'] * 8, 'dims': {'w': 10, 'h': 20, 'depth': [1, 2, 3]}, 'id': 12345,
        'nested': [{'x': i, 'y': [i] * i} for i in range(6)], 'zeta': (1, 2), 'alpha': {3, 1, 2}}
pprint(data)
pprint(list(range(40)))
pprint(list(range(40)), compact=True)
pprint({'b': 1, 'a': 2})
pprint(data, width=40)
pprint(data, sort_dicts=False, indent=2)
print(pformat(('long string ' * 10,)))
pprint([[1, 2], (3,), {}, [], 'x' * 90])
