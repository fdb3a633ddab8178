# gevent.hub -- the hub: one greenlet per thread that runs the event loop.
#
# Natives relied on: greenlet (over _greenlet), select.poll (sockets only), time.monotonic
# and the real time.sleep (saved here before monkey.patch_time replaces it).
#
# The loop: run the callbacks queued with run_callback (in order), fire the timers that are
# due (a binary heap ordered by deadline, then by creation), then wait for socket readiness
# with select.poll (or plainly sleep when no socket is watched) until the next timer. A
# greenlet that waits parks a Waiter and switches to the hub; whatever wakes it (a timer,
# a ready socket, a lock release, a finished greenlet) switches back through that Waiter,
# at most once. When nothing is left that could wake anybody (no callbacks, timers or
# watched sockets), the hub raises LoopExit in the main greenlet, as gevent does.

import sys as _sys
import time as _time
import select as _select
from greenlet import greenlet, getcurrent, GreenletExit
import _greenlet

__all__ = ['get_hub', 'Hub', 'Waiter', 'LoopExit', 'getcurrent', 'GreenletExit', 'sleep',
           'idle', 'kill', 'Timeout']

_monotonic = _time.monotonic
_real_sleep = getattr(_time, '_gevent_real_sleep', None) or _time.sleep
_time._gevent_real_sleep = _real_sleep

POLLIN = _select.POLLIN
POLLOUT = _select.POLLOUT
_READ_EVENTS = _select.POLLIN | _select.POLLERR | _select.POLLHUP | _select.POLLNVAL
_WRITE_EVENTS = _select.POLLOUT | _select.POLLERR | _select.POLLHUP | _select.POLLNVAL


from gevent.exceptions import LoopExit, BlockingSwitchOutError, ConcurrentObjectUseError, InvalidSwitchError


# ---- a binary heap of timers ----------------------------------------------------------------

def _heappush(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) >> 1
        p = heap[parent]
        if item.key < p.key:
            heap[i] = p
            i = parent
        else:
            break
    heap[i] = item


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    i = 0
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        right = child + 1
        if right < n and heap[right].key < heap[child].key:
            child = right
        if heap[child].key < last.key:
            heap[i] = heap[child]
            i = child
        else:
            break
    heap[i] = last
    return top


class _Timer:
    def __init__(self, hub, when, seq, callback, args, ref=True):
        self.hub = hub
        self.ref = ref
        self.key = (when, seq)
        self.when = when
        self.callback = callback
        self.args = args
        self.pending = True

    def cancel(self):
        if self.pending:
            self.pending = False
            if self.ref:
                self.hub._active_timers -= 1
            self.callback = None
            self.args = None

    close = stop = cancel

    @property
    def active(self):
        return self.pending


class _Callback:
    def __init__(self, callback, args):
        self.callback = callback
        self.args = args
        self.pending = True

    def cancel(self):
        self.pending = False
        self.callback = None
        self.args = None

    close = stop = cancel


# ---- the hub ---------------------------------------------------------------------------------

_hubs = {}


def get_hub():
    """The hub of the current thread (created on first use)."""
    tid = _greenlet.ident()
    hub = _hubs.get(tid)
    if hub is None:
        hub = Hub()
        _hubs[tid] = hub
    return hub


def _get_hub_noargs():
    return _hubs.get(_greenlet.ident())


def _main_greenlet():
    g = getcurrent()
    while g.parent is not None:
        g = g.parent
    return g


class Hub(greenlet):
    def __init__(self):
        greenlet.__init__(self, parent=_main_greenlet())
        self._callbacks = []
        self._timers = []
        self._active_timers = 0
        self._seq = 0
        self._poll = None
        self._readers = {}      # fd -> Waiter
        self._writers = {}
        self._socks = {}        # fd -> native socket being watched
        self.loop = self        # gevent code reads hub.loop.timer(...); the hub is its own loop
        self._prestart()

    def __repr__(self):
        return '<Hub at %s pending=%d timers=%d>' % (hex(id(self)), len(self._callbacks), self._active_timers)

    # -- scheduling --

    def run_callback(self, callback, *args):
        cb = _Callback(callback, args)
        self._callbacks.append(cb)
        return cb

    def call_later(self, seconds, callback, *args):
        self._seq += 1
        t = _Timer(self, _monotonic() + max(0.0, seconds), self._seq, callback, args)
        _heappush(self._timers, t)
        self._active_timers += 1
        return t

    def call_later_unref(self, seconds, callback, *args):
        # a timer that does not keep the loop alive (the loop may exit before it fires)
        self._seq += 1
        t = _Timer(self, _monotonic() + max(0.0, seconds), self._seq, callback, args, False)
        _heappush(self._timers, t)
        return t

    def timer(self, after, repeat=0.0):
        return _LoopTimer(self, after)

    # -- sockets --

    def _update(self, fd, sock):
        mask = 0
        if fd in self._readers:
            mask |= POLLIN
        if fd in self._writers:
            mask |= POLLOUT
        if self._poll is None:
            self._poll = _select.poll()
        if mask:
            self._socks[fd] = sock
            self._poll.register(sock, mask)
        elif fd in self._socks:
            del self._socks[fd]
            self._poll.unregister(fd)

    def _wait_io(self, sock, table, timeout, timeout_exc):
        fd = sock.fileno()
        if fd in table:
            raise ConcurrentObjectUseError('This socket is already used by another greenlet: %r' % (table[fd].greenlet,))
        w = Waiter(self)
        table[fd] = w
        self._update(fd, sock)
        t = None
        if timeout is not None:
            t = self.call_later(timeout, w.throw, timeout_exc)
        try:
            return w.get()
        finally:
            if t is not None:
                t.cancel()
            if table.get(fd) is w:
                del table[fd]
                self._update(fd, sock)

    def wait_read(self, sock, timeout=None, timeout_exc=None):
        return self._wait_io(sock, self._readers, timeout, timeout_exc)

    def wait_write(self, sock, timeout=None, timeout_exc=None):
        return self._wait_io(sock, self._writers, timeout, timeout_exc)

    # -- the loop --

    def handle_error(self, context, exc):
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            self.parent.throw(exc)
            return
        _sys.stdout.flush() if hasattr(_sys.stdout, 'flush') else None
        _print_exception(exc)
        _sys.stderr.write('%r failed with %s\n\n' % (context, type(exc).__name__))

    def _run_callbacks(self):
        cbs = self._callbacks
        self._callbacks = []
        for cb in cbs:
            if cb.pending:
                cb.pending = False
                fn = cb.callback
                args = cb.args
                cb.callback = cb.args = None
                try:
                    fn(*args)
                except BaseException as e:
                    self.handle_error(fn, e)

    def _run_timers(self):
        timers = self._timers
        now = _monotonic()
        while timers and timers[0].when <= now:
            t = _heappop(timers)
            if t.pending:
                fn = t.callback
                args = t.args
                t.cancel()
                try:
                    fn(*args)
                except BaseException as e:
                    self.handle_error(fn, e)

    def _poll_io(self, timeout):
        if self._poll is None or not self._socks:
            if timeout:
                _real_sleep(timeout)
            return
        events = self._poll.poll(None if timeout is None else timeout * 1000.0)
        for fd, ev in events:
            if ev & _READ_EVENTS:
                w = self._readers.get(fd)
                if w is not None:
                    w.switch(None)
            if ev & _WRITE_EVENTS:
                w = self._writers.get(fd)
                if w is not None:
                    w.switch(None)

    def run(self):
        while True:
            if self._callbacks:
                self._run_callbacks()
            if self._timers:
                self._run_timers()
            if self._callbacks:
                if self._socks:
                    self._poll_io(0)     # ready sockets are not starved by busy callbacks
                continue
            timers = self._timers
            while timers and not timers[0].pending:
                _heappop(timers)
            if not self._active_timers and not self._socks:
                self.parent.throw(LoopExit('This operation would block forever'))
                continue
            timeout = None
            if timers:
                timeout = max(0.0, timers[0].when - _monotonic())
            self._poll_io(timeout)

    def wait(self, watcher=None):
        w = Waiter(self)
        return w.get()

    def join(self, timeout=None):
        """Waits until the loop has nothing left to do; True, or False on timeout."""
        if getcurrent() is self:
            raise BlockingSwitchOutError('Cannot join the hub from itself')
        w = Waiter(self)
        t = None
        if timeout is not None:
            t = self.call_later_unref(timeout, w.switch, False)
        try:
            try:
                return w.get()
            except LoopExit:
                return True
        finally:
            if t is not None:
                t.cancel()


class _LoopTimer:
    """hub.loop.timer(seconds): a one-shot timer watcher, started with start(callback, *args)."""
    def __init__(self, hub, after):
        self.hub = hub
        self.after = after
        self._t = None

    def start(self, callback, *args, **kw):
        self._t = self.hub.call_later(self.after, callback, *args)

    def stop(self):
        if self._t is not None:
            self._t.cancel()
            self._t = None

    close = cancel = stop

    @property
    def active(self):
        return self._t is not None and self._t.pending


def _print_exception(exc):
    pe = getattr(_sys, '_print_exception', None)
    if pe is not None:
        pe(exc)
    else:
        import traceback
        traceback.print_exception(type(exc), exc, exc.__traceback__)


class Waiter:
    """One wake-up for one waiting greenlet: switch(value) or throw(exc), the first one wins."""

    def __init__(self, hub=None):
        self.hub = hub if hub is not None else get_hub()
        self.greenlet = None
        self.ready = False
        self.value = None
        self.exc = None

    def switch(self, value=None):
        if self.ready:
            return
        self.ready = True
        self.value = value
        g = self.greenlet
        if g is not None:
            if getcurrent() is self.hub:
                g.switch(value)
            else:
                self.hub.run_callback(self._wake)

    def switch_args(self, *args):
        return self.switch(args)

    def throw(self, exc):
        if self.ready:
            return
        self.ready = True
        self.exc = exc
        g = self.greenlet
        if g is not None:
            if getcurrent() is self.hub:
                g.throw(exc)
            else:
                self.hub.run_callback(self._wake)

    def _wake(self):
        g = self.greenlet
        if g is None:
            return
        if self.exc is not None:
            g.throw(self.exc)
        else:
            g.switch(self.value)

    def get(self):
        if not self.ready:
            cur = getcurrent()
            if cur is self.hub:
                raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
            self.greenlet = cur
            try:
                self.hub.switch()
            finally:
                self.greenlet = None
        if self.exc is not None:
            exc = self.exc
            self.exc = None
            raise exc
        return self.value


def wait_on(waiters, timeout=None, hub=None):
    """Parks the current greenlet on a Waiter appended to waiters until something switches to
    it (its value is returned) or timeout seconds pass (False); the Waiter is removed either way.
    The one waiting protocol of Event, Semaphore and friends."""
    if hub is None:
        hub = get_hub()
    w = Waiter(hub)
    waiters.append(w)
    t = hub.call_later(timeout, w.switch, False) if timeout is not None else None
    try:
        return w.get()
    finally:
        if t is not None:
            t.cancel()
        if w in waiters:
            waiters.remove(w)


class Timeout(BaseException):
    """Timeout(seconds): raised in the greenlet that started it when the seconds pass."""

    def __init__(self, seconds=None, exception=None, ref=True, priority=-1):
        BaseException.__init__(self)
        self.seconds = seconds
        self.exception = exception
        self._timer = None

    def start(self):
        if self.seconds is None:
            return
        g = getcurrent()
        exc = self if self.exception is None else self.exception
        self._timer = get_hub().call_later(self.seconds, _throw_later, g, exc)

    @classmethod
    def start_new(cls, timeout=None, exception=None, ref=True):
        t = cls(timeout, exception)
        t.start()
        return t

    @property
    def pending(self):
        return self._timer is not None and self._timer.pending

    def cancel(self):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    close = cancel

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, typ, value, tb):
        self.cancel()
        if value is self and self.exception is False:
            return True
        return None

    def __str__(self):
        if self.seconds is None:
            return ''
        return '%s second%s' % (self.seconds, '' if self.seconds == 1 else 's')

    def __repr__(self):
        return '<Timeout at %s seconds=%s>' % (hex(id(self)), self.seconds)


def _throw_later(g, exc):
    if not g.dead:
        g.throw(exc)


def sleep(seconds=0, ref=True):
    """Suspends the current greenlet for at least seconds; sleep(0) lets the others run."""
    hub = get_hub()
    if getcurrent() is hub:
        raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
    w = Waiter(hub)
    if seconds is None or seconds <= 0:
        hub.run_callback(w.switch, None)
        w.get()
        return
    t = hub.call_later(seconds, w.switch, None)
    try:
        w.get()
    finally:
        t.cancel()


def idle(priority=0):
    sleep(0)


def kill(greenlet, exception=GreenletExit):
    if hasattr(greenlet, 'kill'):
        greenlet.kill(exception=exception, block=False)
    elif not greenlet.dead:
        get_hub().run_callback(greenlet.throw, exception)
