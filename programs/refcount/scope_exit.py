# Objects owned by a function's locals die when the function returns

class Resource:
    def __init__(self, label):
        self.label = label
        print(f"  acquire {label}")

    def __del__(self):
        print(f"  release {self.label}")

def use_locally():
    r = Resource("local")
    print("  working with", r.label)
    print("  about to return")

print("calling use_locally")
use_locally()
print("use_locally returned")

def make_and_return():
    r = Resource("returned")
    tmp = Resource("temporary")
    print("  returning", r.label)
    return r

print("calling make_and_return")
kept = make_and_return()
print("caller holds", kept.label)
del kept
print("caller released it")

def nested_calls(depth):
    r = Resource(f"depth{depth}")
    if depth < 2:
        nested_calls(depth + 1)
    print(f"  leaving depth {depth}")

print("calling nested_calls")
nested_calls(0)
print("nested_calls returned")

def pass_through(obj):
    print("  inside pass_through with", obj.label)
    return obj.label.upper()

print("passing a temporary")
print("result:", pass_through(Resource("argument")))
print("after the call")

def early_exit(flag):
    r1 = Resource("r1")
    if flag:
        print("  early return")
        return "early"
    r2 = Resource("r2")
    print("  normal return")
    return "normal"

print(early_exit(True))
print(early_exit(False))

def loop_locals():
    for i in range(2):
        r = Resource(f"iter{i}")
    print("  loop finished")

loop_locals()
print("done")
