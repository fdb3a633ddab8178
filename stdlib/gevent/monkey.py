# gevent.monkey -- make the standard blocking calls cooperative, in place:
#   time.sleep                  -> gevent.sleep
#   socket.socket & co          -> gevent.socket's cooperative socket
#   _thread / threading         -> greenlets ("threads" become greenlets, locks cooperative)
#   select.select               -> a cooperative select over sockets
# Call patch_all() first thing, before the program takes references to the originals.

import sys as _sys

__all__ = ['patch_all', 'patch_time', 'patch_socket', 'patch_thread', 'patch_select',
           'is_module_patched', 'is_object_patched', 'get_original']

saved = {}


def _patch(module, name, value):
    mod = __import__(module)
    d = saved.setdefault(module, {})
    if name not in d:
        d[name] = getattr(mod, name, None)
    setattr(mod, name, value)


def is_module_patched(modname):
    return modname in saved


def is_object_patched(modname, objname):
    return modname in saved and objname in saved[modname]


def get_original(modname, names):
    mod = __import__(modname)
    if isinstance(names, str):
        return saved.get(modname, {}).get(names, getattr(mod, names))
    return [saved.get(modname, {}).get(n, getattr(mod, n)) for n in names]


def patch_time():
    from gevent.hub import sleep
    _patch('time', 'sleep', sleep)


def patch_socket(dns=True, aggressive=True):
    from gevent import socket as gsocket
    for name in ('socket', 'SocketType', 'socketpair', 'create_connection', 'create_server'):
        _patch('socket', name, getattr(gsocket, name))


def patch_select(aggressive=True):
    _patch('select', 'select', _cooperative_select)


def _cooperative_select(rlist, wlist, xlist, timeout=None):
    # poll without blocking; while nothing is ready, let the others run (short sleeps)
    import select as _select_mod
    from gevent.hub import sleep
    from time import monotonic
    real = saved['select']['select']
    unwrap = lambda o: getattr(o, '_sock', o)
    deadline = None if timeout is None else monotonic() + timeout
    delay = 0.0
    while True:
        r, w, x = real([unwrap(o) for o in rlist], [unwrap(o) for o in wlist], [], 0)
        if r or w:
            rs = set(id(o) for o in r)
            ws = set(id(o) for o in w)
            return ([o for o in rlist if id(unwrap(o)) in rs], [o for o in wlist if id(unwrap(o)) in ws], [])
        if deadline is not None and monotonic() >= deadline:
            return ([], [], [])
        sleep(delay)
        delay = min(0.01, delay * 2 + 0.0005)


def patch_thread(threading=True, _threading_local=True, Event=True, logging=True, existing_locks=True):
    from gevent import thread as gthread
    for name in ('start_new_thread', 'start_new', 'allocate_lock', 'allocate', 'LockType',
                 'get_ident', 'exit', 'exit_thread'):
        _patch('_thread', name, getattr(gthread, name))
    _patch('_thread', 'RLock', gthread.RLock)
    if threading:
        import threading as _threading_mod
        _patch('threading', '_start_new_thread', gthread.start_new_thread)
        _patch('threading', '_allocate_lock', gthread.allocate_lock)
        _patch('threading', 'Lock', gthread.allocate_lock)
        _patch('threading', 'get_ident', gthread.get_ident)
        _patch('threading', '_CRLock', None)
        _patch('threading', '_set_thread_name', None)


def patch_all(socket=True, dns=True, time=True, select=True, thread=True, os=True, ssl=True,
              subprocess=True, sys=False, aggressive=True, Event=True, builtins=True,
              signal=True, queue=True, contextvars=True, **kwargs):
    if thread:
        patch_thread()
    if time:
        patch_time()
    if socket:
        patch_socket()
    if select:
        patch_select()
    return True
