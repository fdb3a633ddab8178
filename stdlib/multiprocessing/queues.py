# multiprocessing.queues -- Queue, JoinableQueue, SimpleQueue (the names and
# behaviour of CPython 3.11's Lib/multiprocessing/queues.py).
#
# Natives used: _multiprocessing_minipy.Channel(maxsize), a FIFO shared by every
# process that holds the queue; put() serialises the object (pickle rules) in the
# sender, get() recreates it in the receiver. Channel methods: put(obj, block,
# timeout) -> bool, get(block, timeout) -> obj or NOTHING, qsize, empty, full,
# task_done, join. Blocking waits release the calling process's GIL.
#
# Difference from CPython: put() serialises at once (CPython does it in a feeder
# thread), so an object that cannot be pickled raises in put() itself, and
# empty()/qsize() see an item as soon as put() returns.

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

import sys
import threading

from queue import Empty, Full

import _multiprocessing_minipy as _mp

from . import context
_ForkingPickler = None


class Queue(object):

    def __init__(self, maxsize=0, *, ctx):
        if maxsize <= 0:
            from .synchronize import SEM_VALUE_MAX as maxsize
        self._maxsize = maxsize
        self._chan = _mp.Channel(maxsize)
        self._closed = False
        self._joincancelled = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if not self._chan.put(obj, block, timeout):
            raise Full

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        res = self._chan.get(block, timeout)
        if res is _mp.NOTHING:
            raise Empty
        return res

    def qsize(self):
        # Raises NotImplementedError on Mac OSX because of broken sem_getvalue()
        return self._chan.qsize()

    def empty(self):
        return self._chan.empty()

    def full(self):
        return self._chan.full()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        self._joincancelled = True

    def _reset(self):
        pass

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._maxsize, self._chan, self._closed, self._joincancelled)

    def __setstate__(self, state):
        (self._maxsize, self._chan, self._closed, self._joincancelled) = state
        self._closed = False

    __class_getitem__ = classmethod(lambda cls, item: cls)


class JoinableQueue(Queue):

    def __init__(self, maxsize=0, *, ctx):
        Queue.__init__(self, maxsize, ctx=ctx)

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._chan.put(obj, block, timeout):
            raise Full

    def task_done(self):
        self._chan.task_done()

    def join(self):
        self._chan.join()


class SimpleQueue(object):

    def __init__(self, *, ctx):
        self._chan = _mp.Channel(0)
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return self._chan.empty()

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._chan,)

    def __setstate__(self, state):
        (self._chan,) = state
        self._closed = False

    def get(self):
        res = self._chan.get(True, None)
        if res is _mp.NOTHING:
            raise Empty
        return res

    def put(self, obj):
        self._chan.put(obj, True, None)

    __class_getitem__ = classmethod(lambda cls, item: cls)
