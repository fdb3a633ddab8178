import functools, itertools, operator
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list {len(x)}"
print(show(1), show([1, 2]), show("s"))
class C:
    @functools.cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val)
print(list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.compress("abc", [1, 0, 1])), list(itertools.repeat("x", 2)))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.dropwhile(lambda v: v < 2, [1, 2, 1])), list(itertools.filterfalse(None, [0, 1])))
a, b = itertools.tee([1, 2]); print(list(a), list(b))
print(list(itertools.cycle("ab"))[:0] if False else list(itertools.islice(itertools.cycle("ab"), 5)))
print(functools.reduce(operator.add, [[1], [2]], []), functools.partial(max, 5)(3), sum(itertools.chain([1], [2])))
