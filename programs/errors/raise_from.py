# raise X from Y: explicit chaining shown as "direct cause"


class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"required setting {key!r} is missing") from exc


def show(settings, keys):
    for key in keys:
        print(key, "=", read_setting(settings, key))


settings = {"name": "demo", "debug": "yes"}
show(settings, ["name", "debug"])
print("timeout =", read_setting(settings, "timeout"))
