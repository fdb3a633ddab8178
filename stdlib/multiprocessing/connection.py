# multiprocessing.connection -- Pipe and Connection (the names and behaviour of
# CPython 3.11's Lib/multiprocessing/connection.py, without sockets/Listener).
#
# Natives used: _multiprocessing_minipy.Pipe(duplex) -> two Connection handles.
# A Connection belongs to one process, like a file descriptor: send(obj) copies
# obj (pickle rules), recv() blocks (releasing the GIL) and raises EOFError once
# the buffer is empty and every handle on the other end -- in every process --
# is closed; a process that ends closes its handles. Also poll(timeout),
# send_bytes/recv_bytes, close(), closed/readable/writable, fileno().

__all__ = ['Pipe', 'Connection', 'wait']

import time

import _multiprocessing_minipy as _mp

Connection = _mp.Connection


def Pipe(duplex=True):
    '''
    Returns pair of connection objects at either end of a pipe
    '''
    return _mp.Pipe(duplex)


def wait(object_list, timeout=None):
    '''
    Wait till an object in object_list is ready/readable.

    Returns list of those objects in object_list which are ready/readable.
    (Connections are polled; other objects are not supported.)
    '''
    if timeout is not None:
        deadline = time.monotonic() + timeout
    while True:
        ready = [o for o in object_list if o.poll()]
        if ready:
            return ready
        if timeout is not None and time.monotonic() >= deadline:
            return []
        time.sleep(0.001)
