from collections.abc import Iterable, Mapping, Sequence, Callable, Iterator, Generator, Hashable, Sized, Container, MutableMapping
print(isinstance([1], Iterable), isinstance({}, Mapping), isinstance((), Sequence), isinstance(len, Callable))
print(isinstance(5, Iterable), isinstance("s", Sequence), isinstance(iter([]), Iterator), isinstance({}, MutableMapping))
def g(): yield 1
print(isinstance(g(), Generator), isinstance(1, Hashable), isinstance([], Hashable), isinstance({}, Sized))
class MyIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(MyIt(), Iterable), isinstance(MyIt(), Iterator), issubclass(list, Sequence))
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({"a": 1, "b": 2})
print(m["a"], len(m), list(m), "a" in m, m.get("z", 0), list(m.keys()), list(m.items()), dict(m))
from abc import ABC
class Base(ABC): pass
Base.register(int)
print(isinstance(3, Base), issubclass(int, Base))
import collections
print(collections.abc.Iterable is Iterable)
