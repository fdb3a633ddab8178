# gevent.thread -- the _thread API on greenlets: what monkey.patch_thread() installs.
# start_new_thread spawns a Greenlet, locks are gevent.lock.Lock, and get_ident() names the
# running greenlet (the main greenlet keeps the real thread's ident, so threading's main
# thread stays itself).

import _thread as _real_thread
from greenlet import getcurrent
from gevent.lock import Lock, RLock
from gevent.greenlet import Greenlet

__all__ = ['allocate_lock', 'get_ident', 'start_new_thread', 'LockType', 'error', 'exit', 'RLock']

_real_get_ident = getattr(_real_thread, '_gevent_real_get_ident', None) or _real_thread.get_ident
_real_thread._gevent_real_get_ident = _real_get_ident

error = _real_thread.error
LockType = Lock
allocate_lock = Lock
allocate = Lock
TIMEOUT_MAX = _real_thread.TIMEOUT_MAX
stack_size = _real_thread.stack_size
get_native_id = _real_thread.get_native_id
daemon_threads_allowed = getattr(_real_thread, 'daemon_threads_allowed', lambda: True)


def get_ident(gr=None):
    if gr is None:
        gr = getcurrent()
    if gr.parent is None:        # a thread's main greenlet is that thread
        return _real_get_ident()
    return id(gr)


def start_new_thread(function, args=(), kwargs=None):
    if kwargs:
        g = Greenlet.spawn(function, *args, **kwargs)
    else:
        g = Greenlet.spawn(function, *args)
    return get_ident(g)


start_new = start_new_thread


def _count():
    return _real_thread._count()


def exit():
    from greenlet import GreenletExit
    raise GreenletExit


exit_thread = exit


def interrupt_main():
    _real_thread.interrupt_main()
