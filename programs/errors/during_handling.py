# An exception raised while handling another one (implicit chaining)
import sys

config = {"host": "localhost", "port": "80a", "retries": "3"}


def parse_int(cfg, key):
    try:
        return int(cfg[key])
    except ValueError:
        print(f"bad {key}, falling back to the default", file=sys.stdout)
        return int(cfg["default_" + key])


print("host:", config["host"])
retries = parse_int(config, "retries")
print("retries:", retries, type(retries).__name__)
port = parse_int(config, "port")
print("port:", port)
