# multiprocessing.util -- exit handling and small helpers (after CPython 3.11's
# Lib/multiprocessing/util.py).
#
# _exit_function runs when a process ends: finalizers with an exit priority
# (pools, managers), then daemonic children are terminated and the others joined.
# In the main process it is registered with threading._register_atexit (minipy
# runs those when the main program ends); in a child, _bootstrap calls it.

import os
import sys
import threading

from . import process

__all__ = [
    'sub_debug', 'debug', 'info', 'sub_warning', 'get_logger',
    'log_to_stderr', 'get_temp_dir', 'register_after_fork',
    'is_exiting', 'Finalize', 'ForkAwareThreadLock', 'ForkAwareLocal',
    'SUBDEBUG', 'SUBWARNING',
    ]

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = 'multiprocessing'

_logger = None
_log_to_stderr = False

def sub_debug(msg, *args):
    pass

def debug(msg, *args):
    pass

def info(msg, *args):
    pass

def sub_warning(msg, *args):
    pass

def get_logger():
    return None

def log_to_stderr(level=None):
    global _log_to_stderr
    _log_to_stderr = True
    return None

def get_temp_dir():
    import tempfile
    return tempfile.mkdtemp(prefix='pymp-')

#
# Functions to run in a child after a fork (nothing to re-initialise here:
# the child imports library modules afresh)
#

_afterfork_registry = []

def _run_after_forkers():
    for func, obj in list(_afterfork_registry):
        try:
            func(obj)
        except Exception as e:
            info('after forker raised exception %s', e)

def register_after_fork(obj, func):
    _afterfork_registry.append((func, obj))

#
# Finalization (CPython uses weak references; here a Finalize lives until it
# runs or is cancelled)
#

_finalizer_registry = {}
_finalizer_counter = [0]


class Finalize(object):
    '''
    Class which supports object finalization using weakrefs
    '''
    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        if (exitpriority is not None) and not isinstance(exitpriority, int):
            raise TypeError(
                "Exitpriority ({0!r}) must be None or int, not {1!s}".format(
                    exitpriority, type(exitpriority)))
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        _finalizer_counter[0] += 1
        self._key = (exitpriority, _finalizer_counter[0])
        self._pid = os.getpid()
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None):
        '''
        Run the callback unless it has already been called or cancelled
        '''
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            return None
        if self._pid != os.getpid():
            res = None
        else:
            res = self._callback(*self._args, **self._kwargs)
        self._callback = self._args = self._kwargs = self._key = None
        return res

    def cancel(self):
        '''
        Cancel finalization of the object
        '''
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            pass
        else:
            self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        '''
        Return whether this finalizer is still waiting to invoke callback
        '''
        return self._key in _finalizer_registry

    def __repr__(self):
        if self._key is None:
            return '<%s object, dead>' % (type(self).__name__,)
        x = '<%s object, callback=%s' % (
                type(self).__name__,
                getattr(self._callback, '__name__', self._callback))
        if self._args:
            x += ', args=' + str(self._args)
        if self._kwargs:
            x += ', kwargs=' + str(self._kwargs)
        if self._key[0] is not None:
            x += ', exitpriority=' + str(self._key[0])
        return x + '>'


def _run_finalizers(minpriority=None):
    '''
    Run all finalizers whose exit priority is not None and at least minpriority

    Finalizers with highest priority are called first; finalizers with
    the same priority will be called in reverse order of creation.
    '''
    if _finalizer_registry is None:
        return
    if minpriority is None:
        def f(p):
            return p[0] is not None
    else:
        def f(p):
            return p[0] is not None and p[0] >= minpriority
    keys = [key for key in list(_finalizer_registry) if f(key)]
    keys.sort(reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is not None:
            try:
                finalizer()
            except Exception as e:
                sys._print_exception(e)
    if minpriority is None:
        _finalizer_registry.clear()

#
# Clean up on exit
#

def is_exiting():
    '''
    Returns true if the process is shutting down
    '''
    return _exiting or _exiting is None

_exiting = False

def _exit_function(info=info, debug=debug, _run_finalizers=_run_finalizers,
                   active_children=process.active_children,
                   current_process=process.current_process):
    global _exiting

    if not _exiting:
        _exiting = True

        _run_finalizers(0)

        if current_process() is not None:
            for p in active_children():
                if p.daemon:
                    p._popen.terminate()

            for p in active_children():
                p.join()

        _run_finalizers()


try:
    threading._register_atexit(_exit_function)
except (AttributeError, RuntimeError):
    pass

#
# Some fork aware types
#

class ForkAwareThreadLock(object):
    def __init__(self):
        self._lock = threading.Lock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class ForkAwareLocal(threading.local):
    pass


def _flush_std_streams():
    try:
        sys.stdout.flush()
    except (AttributeError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (AttributeError, ValueError):
        pass


def _close_stdin():
    pass
