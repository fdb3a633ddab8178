# concurrent.futures._base -- Future, Executor, wait() and as_completed().
#
# Natives relied on: none directly.  Built on threading (Condition, Event,
# Lock), time.monotonic (deadlines), sys.stderr / sys._print_exception (the
# fallback logger when there is no logging module).
#
# How it fits together:
#   * A Future is a state machine guarded by its own Condition:
#       PENDING -> RUNNING -> FINISHED            (normal life)
#       PENDING -> CANCELLED -> CANCELLED_AND_NOTIFIED
#     The executor moves it with set_running_or_notify_cancel(), then
#     set_result() or set_exception().  result()/exception() wait on the
#     Condition.
#   * wait() and as_completed() install a "waiter" (an Event plus the list of
#     futures finished so far) in every future they watch; a future reports
#     each transition to its waiters (add_result/add_exception/add_cancelled),
#     so one Event wakes the caller whichever future moved.
#   * Done callbacks run in the thread that completes the future, after the
#     Condition is released (or at once in add_done_callback() if the future
#     is already done).  An exception from a callback is logged, not raised.

import sys
import threading
import time

from collections import namedtuple

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# Future states.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                 # cancelled, waiters not told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
                  FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class _FallbackLogger:
    # LOGGER stands for logging.getLogger('concurrent.futures').  The logging
    # module is looked up when a message is actually logged; without one, the
    # message (and the traceback for exc_info / exception()) goes to stderr
    # the way logging's last-resort handler prints it.
    name = 'concurrent.futures'

    def _target(self):
        try:
            import logging
        except ImportError:
            return None
        return logging.getLogger(self.name)

    def _log(self, level, msg, args, exc_info):
        target = self._target()
        if target is not None:
            getattr(target, level)(msg, *args, exc_info=exc_info)
            return
        stream = sys.stderr
        if stream is None:
            return
        if args:
            msg = msg % args
        stream.write('%s\n' % (msg,))
        exc = None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc = exc_info
            else:
                exc = sys.exc_info()[1]
        if exc is not None:
            stream.flush()
            printer = getattr(sys, '_print_exception', None)
            if printer is not None:
                printer(exc)
            else:
                import traceback
                traceback.print_exception(type(exc), exc, exc.__traceback__,
                                          file=stream)
        stream.flush()

    def debug(self, msg, *args, exc_info=None):
        pass                        # below logging's default WARNING level

    def info(self, msg, *args, exc_info=None):
        pass

    def warning(self, msg, *args, exc_info=None):
        self._log('warning', msg, args, exc_info)

    def error(self, msg, *args, exc_info=None):
        self._log('error', msg, args, exc_info)

    def exception(self, msg, *args, exc_info=True):
        self._log('error', msg, args, exc_info)

    def critical(self, msg, *args, exc_info=None):
        self._log('critical', msg, args, exc_info)


LOGGER = _FallbackLogger()


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError             # the builtin, since Python 3.11


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe
    failure."""


# ---------------------------------------------------------------------------
# Waiters: what wait() and as_completed() install in the futures they watch.

class _Waiter(object):
    """Collects the futures that finish; `event` wakes the caller."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    # as_completed() takes the list and clears the event under this lock.
    def __init__(self):
        _Waiter.__init__(self)
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            _Waiter.add_result(self, future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            _Waiter.add_exception(self, future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            _Waiter.add_cancelled(self, future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    def add_result(self, future):
        _Waiter.add_result(self, future)
        self.event.set()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        self.event.set()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    # Wakes the caller once every pending future is done, or at the first
    # exception when stop_on_exception (FIRST_EXCEPTION).
    def __init__(self, num_pending_calls, stop_on_exception):
        _Waiter.__init__(self)
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()

    def _count_down(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        _Waiter.add_result(self, future)
        self._count_down()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._count_down()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self._count_down()


class _AcquireFutures(object):
    """Holds the conditions of several futures at once, always taken in the
    same (id) order so that two callers cannot deadlock."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = 0
        for f in fs:
            if f._state not in (CANCELLED_AND_NOTIFIED, FINISHED):
                pending_count += 1
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):
    # Yield the futures of list fs from its end, forgetting each one (in the
    # sets of ref_collect, and as a future watched by waiter) before it is
    # handed out, so that the generator keeps no reference to it.
    while fs:
        f = fs[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (finished or cancelled);
    those already done come first.  Raises TimeoutError if, timeout seconds
    after this call, some are still not done.  Duplicates in fs are yielded
    once."""
    if timeout is not None:
        end_time = timeout + time.monotonic()

    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set()
        for f in fs:
            if f._state in (CANCELLED_AND_NOTIFIED, FINISHED):
                finished.add(f)
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        for f in _yield_finished_futures(finished, waiter, (fs,)):
            yield f

        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (
                        len(pending), total_futures))

            waiter.event.wait(wait_timeout)

            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()

            # The list is in completion order; yielding pops from its end.
            finished.reverse()
            for f in _yield_finished_futures(finished, waiter, (fs, pending)):
                yield f
    finally:
        # Uninstall the waiter from the futures not handed out.
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs to complete, as return_when says
    (FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED), or until timeout
    seconds have passed.  Returns DoneAndNotDoneFutures(done, not_done), two
    sets."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set()
        for f in fs:
            if f._state in (CANCELLED_AND_NOTIFIED, FINISHED):
                done.add(f)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif return_when == FIRST_EXCEPTION and done:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)

        waiter = _create_and_install_waiters(fs, return_when)

    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)

    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    # Executor.map's step: the result, and the future cancelled if it was
    # not (so an interrupted map() does not leave work behind).
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


# ---------------------------------------------------------------------------
# Future.

class Future(object):
    """The result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future.  Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            state = self._state
            tail = ''
            if state == FINISHED:
                if self._exception:
                    tail = ' raised %s' % self._exception.__class__.__name__
                else:
                    tail = ' returned %s' % self._result.__class__.__name__
        return '<%s at %#x state=%s%s>' % (
            self.__class__.__name__, id(self),
            _STATE_TO_DESCRIPTION_MAP[state], tail)

    def cancel(self):
        """Cancel the future if possible.  Returns True if it is cancelled,
        False if it is running or finished."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # Break the cycle exception -> traceback -> frame -> self.
                self = None
        else:
            return self._result

    def add_done_callback(self, fn):
        """Attach fn, called with the future as its only argument when the
        future is cancelled or finishes (at once if it already has), in the
        thread that completes it."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """Return the value of the call, waiting at most timeout seconds.
        Raises CancelledError if the future was cancelled, TimeoutError if
        it did not finish in time, and the call's own exception if it
        raised one."""
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()

                self._condition.wait(timeout)

                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """Return the exception raised by the call (None if it returned),
        waiting at most timeout seconds; CancelledError and TimeoutError as
        for result()."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception

            self._condition.wait(timeout)

            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # The methods below are for Executor implementations and unit tests.

    def set_running_or_notify_cancel(self):
        """Mark the future running, or tell its waiters it was cancelled.
        Returns False if the future was cancelled (the work must then not
        run), True otherwise.  Raises RuntimeError if the future is already
        running or done."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                # self._condition.notify_all() is not needed: cancel() did it.
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s',
                            id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Set the result and wake everybody waiting for it."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Set the exception and wake everybody waiting for the result."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        # Future[int] is only an annotation.
        return cls


# ---------------------------------------------------------------------------
# Executor.

class Executor(object):
    """Base class of the executors: subclasses define submit() and
    shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls are submitted at once and
        run concurrently; the results come back in order.  Iterating raises
        TimeoutError if a result is not ready timeout seconds after the
        call to map(), and re-raises the exception of a call that failed.
        chunksize is only used by ProcessPoolExecutor."""
        if timeout is not None:
            end_time = timeout + time.monotonic()

        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A generator, so that map() itself returns at once; the futures are
        # popped off the list so the generator holds no finished ones.
        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(
                            fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once the pending futures are done.
        With wait, return only after that; with cancel_futures, cancel the
        futures that have not started.  submit() and map() raise
        RuntimeError afterwards."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
