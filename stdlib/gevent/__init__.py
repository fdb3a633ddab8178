# gevent -- cooperative concurrency on greenlets (the names and behaviour of the gevent library).
#
# A hub greenlet per thread runs the event loop (gevent.hub): timers and socket readiness.
# Greenlets (gevent.greenlet.Greenlet) run until they wait (sleep, a socket, a lock, a join)
# and then switch to the hub, which switches to whatever is ready next. All on one thread.
#
# Natives relied on: _greenlet (via greenlet), select.poll, socket, time.

__version__ = '23.9.1'
version_info = (23, 9, 1)

from greenlet import getcurrent, GreenletExit
from gevent.hub import get_hub, sleep, idle, kill, Timeout, LoopExit, Waiter
from gevent.greenlet import Greenlet, joinall, killall

__all__ = ['Greenlet', 'GreenletExit', 'Timeout', 'LoopExit', 'get_hub', 'getcurrent', 'idle',
           'joinall', 'kill', 'killall', 'sleep', 'spawn', 'spawn_later', 'spawn_raw', 'wait',
           'iwait', 'with_timeout', 'signal_handler', 'reinit', 'getswitchinterval',
           'setswitchinterval']

spawn = Greenlet.spawn
spawn_later = Greenlet.spawn_later


def spawn_raw(function, *args, **kwargs):
    """A plain greenlet (no result keeping), started by the hub."""
    from greenlet import greenlet as _g
    hub = get_hub()
    g = _g(lambda: function(*args, **kwargs), hub)
    hub.run_callback(g.switch)
    return g


def wait(objects=None, timeout=None, count=None):
    """wait(): run the loop until nothing is left to do. wait(objects): wait for them to finish."""
    if objects is None:
        return get_hub().join(timeout)
    done = []
    from time import monotonic
    deadline = None if timeout is None else monotonic() + timeout
    for o in objects:
        if count is not None and len(done) >= count:
            break
        left = None if deadline is None else max(0.0, deadline - monotonic())
        if hasattr(o, 'join'):
            o.join(left)
        elif hasattr(o, 'wait'):
            o.wait(left)
        if getattr(o, 'ready', lambda: True)():
            done.append(o)
    return done


def iwait(objects, timeout=None, count=None):
    for o in wait(objects, timeout, count):
        yield o


def with_timeout(seconds, function, *args, **kwds):
    timeout_value = kwds.pop('timeout_value', Timeout)
    t = Timeout.start_new(seconds)
    try:
        try:
            return function(*args, **kwds)
        except Timeout as e:
            if e is t and timeout_value is not Timeout:
                return timeout_value
            raise
    finally:
        t.cancel()


_switchinterval = 0.005


def getswitchinterval():
    return _switchinterval


def setswitchinterval(interval):
    global _switchinterval
    _switchinterval = interval


def reinit():
    pass


def signal_handler(signalnum, handler, *args, **kwargs):
    raise NotImplementedError('gevent.signal_handler is not supported by minipy')
