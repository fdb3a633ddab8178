# Ends with ZeroDivisionError raised three calls deep


def mean(values):
    return sum(values) / len(values)


def normalise(groups):
    result = {}
    for name, values in groups.items():
        print("normalising", name)
        result[name] = mean(values)
    return result


def report(groups):
    means = normalise(groups)
    for name, m in means.items():
        print(f"{name}: {m:.2f}")


data = {"alpha": [1, 2, 3, 4], "beta": [10, 20], "gamma": []}
print("starting report")
report(data)
print("unreachable")
