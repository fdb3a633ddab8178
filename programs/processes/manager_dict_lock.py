# A Manager dict and list shared by 10 processes, updated under a Lock; the
# proxies print like the objects they stand for.
from multiprocessing import Process, Manager, Lock


def work(d, l, lock, i):
    with lock:
        d['count'] = d['count'] + 1
        d['p%d' % i] = i * i
    l.append(i)


if __name__ == '__main__':
    lock = Lock()
    with Manager() as manager:
        d = manager.dict({'count': 0})
        l = manager.list()
        ps = [Process(target=work, args=(d, l, lock, i)) for i in range(10)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print('count:', d['count'])
        print(sorted(d.items()))
        print(sorted(l), len(l))
        ns = manager.Namespace(x=1)
        ns.y = 'two'
        print(ns)
        v = manager.Value('i', 41)
        v.value += 1
        print(v.value)
        small = manager.dict(a=1)
        print(small, str(manager.list([1, 'x'])))
        print(repr(small).startswith('<DictProxy object, typeid'))
