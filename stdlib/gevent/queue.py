# gevent.queue -- queues between greenlets: get() waits cooperatively while the queue is
# empty, put() while it is full (maxsize). FIFO wake-ups.

import collections
from gevent.hub import get_hub, Waiter, Timeout
from queue import Empty, Full

__all__ = ['Queue', 'LifoQueue', 'JoinableQueue', 'SimpleQueue', 'Channel', 'Empty', 'Full',
           'ShutDown']


class ShutDown(Exception):
    pass


class Queue:
    def __init__(self, maxsize=None, items=(), _warn_depth=2):
        if maxsize is not None and maxsize <= 0:
            maxsize = None
        self._maxsize = maxsize
        self.queue = collections.deque(items)
        self.getters = collections.deque()
        self.putters = collections.deque()

    @property
    def maxsize(self):
        return self._maxsize

    def __repr__(self):
        return '<%s at %s queue=%r>' % (type(self).__name__, hex(id(self)), list(self.queue))

    def __len__(self):
        return self.qsize()

    def __bool__(self):
        return True

    def __iter__(self):
        return self

    def __next__(self):
        result = self.get()
        if result is StopIteration:
            raise StopIteration
        return result

    def qsize(self):
        return len(self.queue)

    def empty(self):
        return not self.qsize()

    def full(self):
        return self._maxsize is not None and self.qsize() >= self._maxsize

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _peek(self):
        return self.queue[0]

    def _wait(self, waiters, block, timeout, exc):
        if not block:
            raise exc()
        hub = get_hub()
        w = Waiter(hub)
        waiters.append(w)
        t = None
        if timeout is not None:
            t = hub.call_later(timeout, w.switch, False)
        try:
            ok = w.get()
        finally:
            if t is not None:
                t.cancel()
            try:
                waiters.remove(w)
            except ValueError:
                pass
        if ok is False:
            raise exc()

    @staticmethod
    def _wake_one(waiters):
        while waiters:
            w = waiters.popleft()
            if not w.ready:
                w.switch(True)
                return

    def put(self, item, block=True, timeout=None):
        while self.full():
            self._wait(self.putters, block, timeout, Full)
        self._put(item)
        self._wake_one(self.getters)

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        while self.empty():
            self._wait(self.getters, block, timeout, Empty)
        item = self._get()
        self._wake_one(self.putters)
        return item

    def get_nowait(self):
        return self.get(False)

    def peek(self, block=True, timeout=None):
        while self.empty():
            self._wait(self.getters, block, timeout, Empty)
        item = self._peek()
        self._wake_one(self.getters)
        return item

    def peek_nowait(self):
        return self.peek(False)


SimpleQueue = Queue


class LifoQueue(Queue):
    def _get(self):
        return self.queue.pop()

    def _peek(self):
        return self.queue[-1]


class JoinableQueue(Queue):
    def __init__(self, maxsize=None, items=(), unfinished_tasks=None):
        Queue.__init__(self, maxsize, items)
        from gevent.event import Event
        self._cond = Event()
        self._cond.set()
        self.unfinished_tasks = unfinished_tasks if unfinished_tasks is not None else len(self.queue)
        if self.unfinished_tasks:
            self._cond.clear()

    def _put(self, item):
        Queue._put(self, item)
        self.unfinished_tasks += 1
        self._cond.clear()

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1
        if self.unfinished_tasks == 0:
            self._cond.set()

    def join(self, timeout=None):
        return self._cond.wait(timeout=timeout)


class Channel(Queue):
    def __init__(self, maxsize=1):
        Queue.__init__(self, None)
