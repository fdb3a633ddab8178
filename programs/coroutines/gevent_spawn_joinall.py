# gevent: greenlets that sleep run concurrently on one thread. Five tasks sleep 0.2..0.6 s;
# joined together they take about the longest sleep, not the sum. Results, exceptions,
# kill, and the order in which the hub wakes the sleepers (shortest sleep first).
import time
import threading
import gevent
from gevent import Greenlet, GreenletExit

finished = []
idents = set()


def task(name, seconds):
    idents.add(threading.get_ident())
    gevent.sleep(seconds)
    finished.append(name)
    return name.upper()


durations = [('a', 0.6), ('b', 0.2), ('c', 0.5), ('d', 0.3), ('e', 0.4)]
t0 = time.monotonic()
greenlets = [gevent.spawn(task, name, s) for name, s in durations]
done = gevent.joinall(greenlets)
elapsed = time.monotonic() - t0
total = sum(s for _, s in durations)
print('all done:', len(done) == len(greenlets), all(g.dead for g in greenlets))
print('values:', [g.value for g in greenlets])
print('finish order:', finished)
print('concurrent (elapsed well below the sum of sleeps):', elapsed < total * 0.7)
print('at least the longest sleep:', elapsed >= 0.59)
print('one OS-level thread for all of them:', len(idents) == 1 and threading.get_ident() in idents)

# a failing greenlet: the exception is kept (and reported on stderr), get() raises it
def boom():
    gevent.sleep(0.01)
    raise ValueError('boom')


g = gevent.spawn(boom)
g.join()
print('successful:', g.successful(), '| exception:', repr(g.exception))
try:
    g.get()
except ValueError as exc:
    print('get() raised', repr(exc))

# kill: GreenletExit is raised inside, the greenlet's value is the GreenletExit
def forever():
    try:
        while True:
            gevent.sleep(0.01)
    except GreenletExit:
        print('forever got GreenletExit')
        raise


g = gevent.spawn(forever)
gevent.sleep(0.05)
g.kill()
print('killed dead:', g.dead, '| value is GreenletExit:', isinstance(g.value, GreenletExit))

# Greenlet subclass with _run, spawn_later and join with a timeout
class Counter(Greenlet):
    def __init__(self, n):
        Greenlet.__init__(self)
        self.n = n

    def _run(self):
        for i in range(self.n):
            gevent.sleep(0)
        return self.n


c = Counter.spawn(5)
late = gevent.spawn_later(0.5, lambda: 'late')
print('counter:', c.get(), '| late before:', late.ready())
print('late:', late.get())
slow = gevent.spawn(gevent.sleep, 1)
slow.join(timeout=0.05)
print('slow still running after join(timeout):', not slow.ready())
slow.kill()
print('wait() returns once all is done:', gevent.wait(timeout=2))
