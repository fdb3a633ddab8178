class L(list):
    def __getitem__(self, i):
        print("get", i); return list.__getitem__(self, i)
    def __len__(self): return 42
    def __contains__(self, x): return True
    def __iter__(self): return iter([9, 9])
l = L([1, 2])
print(l[0], len(l), 5 in l, list(l), [x for x in l])
class T(tuple):
    def __getitem__(self, i): return "T" + str(tuple.__getitem__(self, i))
    def __len__(self): return 7
t = T((1, 2))
print(t[0], len(t))
class D(dict):
    def __getitem__(self, k): return "D" + str(dict.__getitem__(self, k))
    def __setitem__(self, k, v): dict.__setitem__(self, k, v * 2)
    def __contains__(self, k): return k == "magic"
    def __len__(self): return 99
d = D()
d["a"] = 1
print(d["a"], d, "magic" in d, "a" in d, len(d), d.get("a"))
class Up(dict):
    def __missing__(self, k): return k.upper()
print(Up()["q"])
