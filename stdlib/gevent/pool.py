# gevent.pool -- Group (a set of greenlets to join or kill together) and Pool (a Group of at
# most `size` greenlets: spawn waits for a free slot).

from gevent.greenlet import Greenlet, joinall, killall
from gevent.lock import Semaphore, DummySemaphore
from gevent.hub import GreenletExit, Timeout

__all__ = ['Group', 'Pool', 'PoolFull']


class PoolFull(Exception):
    pass


class Group:
    greenlet_class = Greenlet

    def __init__(self, *args):
        from gevent.event import Event
        self.greenlets = set()
        self._order = []
        self._empty_event = Event()
        self._empty_event.set()
        for g in (args[0] if len(args) == 1 and not isinstance(args[0], Greenlet) else args):
            self.add(g)

    def __repr__(self):
        return '<%s at %s %s>' % (type(self).__name__, hex(id(self)), self._order)

    def __len__(self):
        return len(self.greenlets)

    def __contains__(self, item):
        return item in self.greenlets

    def __iter__(self):
        return iter(list(self._order))

    def add(self, greenlet):
        if greenlet in self.greenlets:
            return
        self.greenlets.add(greenlet)
        self._order.append(greenlet)
        self._empty_event.clear()
        greenlet.rawlink(self._discard)

    def _discard(self, greenlet):
        self.discard(greenlet)

    def discard(self, greenlet):
        if greenlet in self.greenlets:
            self.greenlets.discard(greenlet)
            self._order.remove(greenlet)
            greenlet.unlink(self._discard)
            if not self.greenlets:
                self._empty_event.set()

    def start(self, greenlet):
        self.add(greenlet)
        greenlet.start()

    def spawn(self, *args, **kwargs):
        g = self.greenlet_class(*args, **kwargs)
        self.start(g)
        return g

    def join(self, timeout=None, raise_error=False):
        if raise_error:
            joinall(list(self._order), timeout=timeout, raise_error=True)
        self._empty_event.wait(timeout)     # set once every member has been discarded
        return not self.greenlets

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        killall(list(self._order), exception=exception, block=block, timeout=timeout)

    def killone(self, greenlet, exception=GreenletExit, block=True, timeout=None):
        if greenlet in self.greenlets:
            greenlet.kill(exception, block=block, timeout=timeout)

    def apply(self, func, args=None, kwds=None):
        return self.spawn(func, *(args or ()), **(kwds or {})).get()

    def apply_async(self, func, args=None, kwds=None, callback=None):
        g = self.spawn(func, *(args or ()), **(kwds or {}))
        if callback is not None:
            g.link_value(lambda gr: callback(gr.value))
        return g

    def map(self, func, iterable):
        gs = [self.spawn(func, item) for item in iterable]
        return [g.get() for g in gs]

    def imap(self, func, *iterables):
        for g in [self.spawn(func, *items) for items in zip(*iterables)]:
            yield g.get()

    def imap_unordered(self, func, *iterables):
        from gevent.queue import Queue
        q = Queue()
        n = 0
        for items in zip(*iterables):
            self.spawn(func, *items).rawlink(q.put)
            n += 1
        for _ in range(n):
            yield q.get().get()

    def full(self):
        return False

    def wait_available(self, timeout=None):
        pass


class Pool(Group):
    def __init__(self, size=None, greenlet_class=None):
        if size is not None and size < 0:
            raise ValueError('size must not be negative: %r' % (size,))
        Group.__init__(self)
        self.size = size
        if greenlet_class is not None:
            self.greenlet_class = greenlet_class
        self._semaphore = DummySemaphore() if size is None else Semaphore(size)

    def full(self):
        return self.free_count() <= 0

    def free_count(self):
        if self.size is None:
            return 1
        return max(0, self.size - len(self))

    def wait_available(self, timeout=None):
        if self.size is not None:
            self._semaphore.wait(timeout)
        return self.free_count()

    def add(self, greenlet, blocking=True, timeout=None):
        if not self._semaphore.acquire(blocking, timeout):
            raise PoolFull()
        try:
            Group.add(self, greenlet)
        except BaseException:
            self._semaphore.release()
            raise

    def discard(self, greenlet):
        if greenlet in self.greenlets:
            Group.discard(self, greenlet)
            self._semaphore.release()
