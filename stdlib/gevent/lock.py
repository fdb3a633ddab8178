# gevent.lock -- cooperative locks: a greenlet that must wait switches to the hub.
# Release hands the lock straight to the first waiter (FIFO), so nobody starves.

from greenlet import getcurrent
from gevent.hub import get_hub, BlockingSwitchOutError, wait_on

__all__ = ['Semaphore', 'BoundedSemaphore', 'Lock', 'RLock', 'DummySemaphore']


class Semaphore:
    def __init__(self, value=1, hub=None):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self.counter = value
        self._waiters = []

    def __repr__(self):
        return '<%s at %s counter=%s _links[%d]>' % (type(self).__name__, hex(id(self)), self.counter, len(self._waiters))

    def locked(self):
        return self.counter <= 0

    def ready(self):
        return self.counter > 0

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = None
        if self.counter > 0:
            self.counter -= 1
            return True
        if not blocking or timeout == 0:
            return False
        hub = get_hub()
        if getcurrent() is hub:
            raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
        return wait_on(self._waiters, timeout, hub)

    def release(self):
        while self._waiters:
            w = self._waiters.pop(0)
            if not w.ready:
                w.switch(True)        # the unit passes to the waiter
                return
        self.counter += 1

    def wait(self, timeout=None):
        if self.counter > 0:
            return self.counter
        if self.acquire(True, timeout):
            self.release()
        return self.counter

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, hub=None):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self):
        if self.counter >= self._initial_value and not self._waiters:
            raise ValueError('Semaphore released too many times')
        Semaphore.release(self)


class DummySemaphore:
    def acquire(self, *args, **kwargs):
        return True

    def release(self):
        pass

    def locked(self):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


class Lock(Semaphore):
    """The lock that monkey.patch_thread installs as _thread.allocate_lock()."""

    def __init__(self, hub=None):
        Semaphore.__init__(self, 1)

    def acquire(self, blocking=True, timeout=-1):
        if timeout == -1:
            timeout = None
        elif not blocking and timeout is not None:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return Semaphore.acquire(self, blocking, timeout)

    acquire_lock = acquire

    def release(self):
        if self.counter > 0:
            raise RuntimeError('release unlocked lock')
        Semaphore.release(self)

    release_lock = release

    def locked(self):
        return self.counter <= 0

    locked_lock = locked

    def _at_fork_reinit(self):
        self.counter = 1
        self._waiters = []

    def __repr__(self):
        return '<%s gevent.lock.Lock object at %s>' % ('locked' if self.locked() else 'unlocked', hex(id(self)))


class RLock:
    def __init__(self, hub=None):
        self._block = Lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = getcurrent()
        if self._owner is me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    def release(self):
        if self._owner is not getcurrent():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def locked(self):
        return self._block.locked()

    def _is_owned(self):
        return self._owner is getcurrent()

    def _release_save(self):
        count = self._count
        owner = self._owner
        self._count = 0
        self._owner = None
        self._block.release()
        return (count, owner)

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()
