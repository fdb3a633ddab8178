# concurrent.futures.thread -- ThreadPoolExecutor.
#
# Natives relied on: none directly.  Built on threading (Thread, Lock,
# Semaphore, current_thread, _register_atexit), queue.SimpleQueue and
# os.cpu_count.
#
# Design (CPython 3.11's behaviour):
#   * submit() puts a _WorkItem on an unbounded queue shared by the workers,
#     then _adjust_thread_count() starts a new worker only if no worker is
#     idle (the idle semaphore, released by a worker each time it finishes an
#     item, counts idle workers) and fewer than max_workers exist.  Workers
#     are named '<prefix>_<n>', the prefix defaulting to
#     'ThreadPoolExecutor-<k>' with k counting the executors created without
#     a prefix.
#   * A None on the queue tells a worker to check whether to exit (the
#     executor was shut down, dropped, or the interpreter is exiting); a
#     worker that exits puts the None back for the next one.
#   * Workers are not daemons.  threading._register_atexit(_python_exit)
#     makes the interpreter, when the main program ends, wake every worker
#     and join it, after the work already queued has run.
#
# minipy has no weakref: CPython's workers hold only a weak reference to
# their executor, and a callback puts a None on the queue when the executor
# is collected.  Here the workers hold the executor's _PoolState (the part
# they need), never the executor itself, and Executor.__del__ (run at once
# by reference counting) plays the callback's part.

import os
import queue
import threading

from concurrent.futures import _base

# Every worker's queue, so that _python_exit can wake and join them all.
# Entries are removed by the workers themselves when they exit.
_threads_queues = {}
_shutdown = False
# Taken by submit() too, so that no worker starts while _python_exit runs.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Registered with threading rather than atexit: it must run before the
# interpreter waits for the (non-daemon) worker threads.
threading._register_atexit(_python_exit)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread of a ThreadPoolExecutor failed
    initializing."""


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break the cycle exception -> traceback -> frame -> self.
            self = None
        else:
            self.future.set_result(result)

    def __class_getitem__(cls, item):
        return cls


class _PoolState(object):
    # What the workers share with their executor (see the header comment).
    def __init__(self, work_queue):
        self.work_queue = work_queue
        self.idle_semaphore = threading.Semaphore(0)
        self.shutdown_lock = threading.Lock()
        self.shutdown = False
        self.broken = False
        self.gone = False           # the executor was freed

    def initializer_failed(self):
        with self.shutdown_lock:
            self.broken = ('A thread initializer failed, the thread pool '
                           'is not usable anymore')
            # Fail the futures still waiting in the queue.
            while True:
                try:
                    work_item = self.work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(
                        BrokenThreadPool(self.broken))


def _worker(state, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:',
                                      exc_info=True)
                state.initializer_failed()
                return
        try:
            while True:
                work_item = work_queue.get(True)
                if work_item is not None:
                    work_item.run()
                    # Drop the item (and through it the call's arguments and
                    # result) before waiting for the next one.
                    del work_item
                    state.idle_semaphore.release()
                    continue

                if _shutdown or state.gone or state.shutdown:
                    state.shutdown = True
                    # Let the other workers see the None too.
                    work_queue.put(None)
                    return
        except BaseException:
            _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        with _global_shutdown_lock:
            _threads_queues.pop(threading.current_thread(), None)


class ThreadPoolExecutor(_base.Executor):

    # Numbers the executors created without a thread_name_prefix.
    _counter_value = 0
    _counter_lock = threading.Lock()

    @classmethod
    def _counter(cls):
        with ThreadPoolExecutor._counter_lock:
            n = ThreadPoolExecutor._counter_value
            ThreadPoolExecutor._counter_value = n + 1
            return n

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        Args:
            max_workers: The maximum number of threads that can be used to
                execute the given calls.
            thread_name_prefix: An optional name prefix to give our threads.
            initializer: A callable used to initialize worker threads.
            initargs: A tuple of arguments to pass to the initializer.
        """
        if max_workers is None:
            # At least 5 workers for I/O bound tasks, at most 32 so that
            # big machines do not start hundreds of threads.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._state = _PoolState(self._work_queue)
        self._idle_semaphore = self._state.idle_semaphore
        self._shutdown_lock = self._state.shutdown_lock
        self._threads = set()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    # The flags live in the state the workers share.
    @property
    def _shutdown(self):
        return self._state.shutdown

    @_shutdown.setter
    def _shutdown(self, value):
        self._state.shutdown = value

    @property
    def _broken(self):
        return self._state.broken

    @_broken.setter
    def _broken(self, value):
        self._state.broken = value

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._state.broken:
                raise BrokenThreadPool(self._state.broken)

            if self._state.shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no new thread.
        if self._idle_semaphore.acquire(timeout=0):
            return

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self._state, self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        self._state.initializer_failed()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._state.shutdown = True
            if cancel_futures:
                # Cancel the futures that no worker has taken yet.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()

            # Wake up the workers so that they see the shutdown.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__

    def __del__(self):
        # The executor is gone (CPython: its weakref callback): idle workers
        # may exit once the queued work is done.
        state = getattr(self, '_state', None)
        if state is not None and not state.gone:
            state.gone = True
            if self._threads:
                self._work_queue.put(None)
