# The sys module
import sys

print("argv length:", len(sys.argv))
print("script name ends with .py:", sys.argv[0].endswith(".py"))
print("script:", sys.argv[0].replace("\\", "/").split("/")[-1])
print("version_info major:", sys.version_info[0], sys.version_info.major)
print("version >= (3, 8):", sys.version_info >= (3, 8))
print("version is str:", isinstance(sys.version, str))
print("maxsize positive:", sys.maxsize > 2 ** 31)
limit = sys.getrecursionlimit()
print("recursion limit >= 100:", limit >= 100)
sys.setrecursionlimit(limit + 500)
print("raised by 500:", sys.getrecursionlimit() - limit)
sys.setrecursionlimit(limit)
print("modules has sys:", "sys" in sys.modules)
print("stdout has write:", hasattr(sys.stdout, "write"))
sys.stdout.write("written directly to sys.stdout\n")
print("this goes to stderr", file=sys.stderr)
sys.stderr.write("so does this\n")
print("platform is a string:", isinstance(sys.platform, str))
print("byteorder:", sys.byteorder in ("little", "big"))
nums = [1, 2, 3]
print("refcount of fresh list:", sys.getrefcount(nums))
alias = nums
print("after alias:", sys.getrefcount(nums))
del alias
print("after del alias:", sys.getrefcount(nums))


def fail_and_report():
    try:
        {}["missing"]
    except KeyError:
        info = sys.exc_info()
        print("exc_info:", info[0].__name__, repr(info[1]), info[2] is not None)


fail_and_report()
print("exc_info outside handler:", sys.exc_info())
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("sys.exit('message') code:", e.code)
print(type(sys).__name__, sys.__name__)
print("done")
sys.exit(0)
print("never printed")
