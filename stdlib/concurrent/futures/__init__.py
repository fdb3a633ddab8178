# concurrent.futures -- run calls asynchronously in a pool of threads
# (ThreadPoolExecutor) or of processes (ProcessPoolExecutor).
#
# Natives relied on: none (see _base.py and thread.py).
#
# The two executors are loaded on first use (PEP 562 module __getattr__), as
# in CPython: importing concurrent.futures does not import threading pools or
# multiprocessing.

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    # Plain `import` statements rather than `from .process import ...`:
    # minipy's compiler does not make the from-list tuple of a from-import
    # immortal, so a from-import run twice (e.g. in a function) uses a freed
    # constant.
    global ProcessPoolExecutor, ThreadPoolExecutor

    if name == 'ProcessPoolExecutor':
        import concurrent.futures.process
        ProcessPoolExecutor = concurrent.futures.process.ProcessPoolExecutor
        return ProcessPoolExecutor

    if name == 'ThreadPoolExecutor':
        import concurrent.futures.thread
        ThreadPoolExecutor = concurrent.futures.thread.ThreadPoolExecutor
        return ThreadPoolExecutor

    raise AttributeError(f"module {__name__} has no attribute {name}")
