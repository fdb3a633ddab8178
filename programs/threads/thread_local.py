# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.name = 'main'
out = []
lock = threading.Lock()


def show(tag):
    data.name = tag
    has_other = hasattr(data, 'extra')
    data.extra = tag * 2
    with lock:
        out.append((tag, data.name, data.extra, has_other))


threads = [threading.Thread(target=show, args=(c,)) for c in 'abc']
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))
print('main still sees', data.name, hasattr(data, 'extra'))
print(data.__dict__)
del data.name
print(hasattr(data, 'name'))
try:
    del data.name
except AttributeError:
    print('AttributeError on second del')


# A subclass: __init__ runs again in each thread that uses the object.
class Config(threading.local):
    color = 'red'              # class attributes are shared

    def __init__(self, size):
        self.size = size
        self.seen = []

    def describe(self):
        return '%s/%d/%s' % (self.color, self.size, self.seen)


inits = []
cfg = Config(10)


def use_config(n):
    cfg.seen.append(n)
    cfg.size += n
    with lock:
        inits.append(cfg.describe())


for i in (1, 2):
    t = threading.Thread(target=use_config, args=(i,))
    t.start()
    t.join()
cfg.seen.append('main')
print(inits)
print(cfg.describe())
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
