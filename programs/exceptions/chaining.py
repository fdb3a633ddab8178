# raise ... from ..., implicit chaining (__context__), suppression with `from None`


class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key}") from e


try:
    load({"a": 1}, "b")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress context:", e.__suppress_context__)


def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError("conversion failed")


try:
    convert("abc")
except TypeError as e:
    print("error:", e)
    print("cause:", e.__cause__)
    print("context:", type(e.__context__).__name__, e.__context__)


def hide():
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("clean error") from None


try:
    hide()
except RuntimeError as e:
    print("from None ->", e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer") from inner
except ValueError as outer:
    chain = []
    exc = outer
    while exc is not None:
        chain.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ or exc.__context__
    print(" <- ".join(chain))

err = ValueError("plain")
print(err.__cause__, err.__context__, err.__traceback__)
try:
    raise err
except ValueError as caught:
    print(caught is err, caught.__traceback__ is not None)
e1 = KeyError("k")
e2 = LookupError("wrapper")
e2.__cause__ = e1
print(repr(e2.__cause__), e2.__suppress_context__)
try:
    raise IndexError("idx") from ValueError("val")
except IndexError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
