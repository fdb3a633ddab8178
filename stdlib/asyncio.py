# asyncio: a single-threaded event loop for coroutines (async def / await).
# Futures, Tasks, the loop (call_soon/call_later, run_until_complete), run,
# sleep, gather, wait_for, wait, as_completed, create_task, Queue, Lock,
# Event, Semaphore, TaskGroup, timeout.
import time as _time
import heapq as _heapq
import sys as _sys
from collections import deque as _deque


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


TimeoutError = TimeoutError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_running_loop = None
_current_tasks = {}


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


_event_loop = None


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def new_event_loop():
    return BaseEventLoop()


def iscoroutine(obj):
    return type(obj).__name__ in ('generator', 'coroutine')


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None


def isfuture(obj):
    return isinstance(obj, Future)


class Handle:
    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _sys.stderr.write('Exception in callback %r\n' % (self._callback,))
            _sys._print_exception(exc)


class TimerHandle(Handle):
    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class BaseEventLoop:
    def __init__(self):
        self._ready = _deque()
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._running = False
        self._closed = False

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        h = TimerHandle(when, callback, args, self)
        self._seq += 1
        _heapq.heappush(self._scheduled, (when, self._seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def _run_once(self):
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = self._scheduled[0][0] - self.time()
            if timeout < 0:
                timeout = 0
        if timeout:
            _time.sleep(timeout)
        elif timeout is None:
            raise RuntimeError('Event loop stopped before Future completed.')
        now = self.time()
        while self._scheduled and self._scheduled[0][0] <= now:
            when, seq, h = _heapq.heappop(self._scheduled)
            if not h._cancelled:
                self._ready.append(h)
        n = len(self._ready)
        for _ in range(n):
            h = self._ready.popleft()
            if not h._cancelled:
                h._run()

    def run_forever(self):
        global _running_loop
        if self._running:
            raise RuntimeError('This event loop is already running')
        old = _running_loop
        _running_loop = self
        self._running = True
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = old

    def run_until_complete(self, future):
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._ready.clear()
        self._scheduled = []

    def run_in_executor(self, executor, func, *args):
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except BaseException as e:
            fut.set_exception(e)
        return fut


def _stop_loop(fut):
    fut._loop.stop()


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        info = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                info += ' exception=%r' % (self._exception,)
            else:
                info += ' result=%r' % (self._result,)
        return '<%s %s>' % (type(self).__name__, info)

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def result(self):
        if self._state == _CANCELLED:
            raise CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_task_counter = 0


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        global _task_counter
        super().__init__(loop=loop)
        self._coro = coro
        _task_counter += 1
        self._name = name if name is not None else 'Task-%d' % _task_counter
        self._must_cancel = False
        self._fut_waiter = None
        self._loop.call_soon(self._step)
        _all_tasks.append(self)

    def __repr__(self):
        return '<Task %s name=%r>' % (self._state.lower(), self._name)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[id(self._loop)] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            Future.cancel(self, e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(result, Future):
                if result is self:
                    self._loop.call_soon(self._step, RuntimeError('Task cannot await on itself: %r' % (self,)))
                else:
                    result._asyncio_future_blocking = False
                    self._fut_waiter = result
                    result.add_done_callback(self._wakeup)
                    if self._must_cancel:
                        if self._fut_waiter.cancel(self._cancel_message):
                            self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError('Task got bad yield: %r' % (result,)))
        finally:
            _current_tasks.pop(id(self._loop), None)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


_all_tasks = []


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(id(loop))


def all_tasks(loop=None):
    return {t for t in _all_tasks if not t.done()}


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if hasattr(coro_or_future, 'send') and hasattr(coro_or_future, 'throw'):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        async def _wrap(aw):
            return await aw
        return loop.create_task(_wrap(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def run(main, *, debug=None):
    global _running_loop
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            pending = [t for t in _all_tasks if not t.done() and t._loop is loop]
            for t in pending:
                t.cancel()
            if pending:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
        finally:
            _all_tasks[:] = [t for t in _all_tasks if t._loop is not loop]
            set_event_loop(None)
            loop.close()


class _Sleep0:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def gather(*coros_or_futures, return_exceptions=False):
    loop = get_event_loop()
    children = [ensure_future(c, loop=loop) for c in coros_or_futures]
    outer = loop.create_future()
    n = len(children)
    if n == 0:
        outer.set_result([])
        return outer
    results = [None] * n
    state = [0]

    def make_cb(i):
        def cb(fut):
            if outer.done():
                if not fut.cancelled():
                    fut.exception()
                return
            if fut.cancelled():
                res = CancelledError()
                if not return_exceptions:
                    outer.set_exception(res)
                    return
            elif fut.exception() is not None:
                res = fut.exception()
                if not return_exceptions:
                    outer.set_exception(res)
                    return
            else:
                res = fut.result()
            results[i] = res
            state[0] += 1
            if state[0] == n:
                outer.set_result(results)
        return cb

    for i, c in enumerate(children):
        c.add_done_callback(make_cb(i))

    def cancel_children(msg=None):
        ret = False
        for c in children:
            if c.cancel(msg):
                ret = True
        return ret
    outer._children = children
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    fut = ensure_future(fut, loop=loop)
    if timeout is None:
        return await fut
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        raise TimeoutError()
    waiter = loop.create_future()
    h = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(cb)
            fut.cancel()
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        fut.cancel()
        try:
            await fut
        except CancelledError:
            pass
        raise TimeoutError()
    finally:
        h.cancel()


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    h = None
    if timeout is not None:
        h = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if h is not None:
                h.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        if not (return_when == FIRST_COMPLETED and any(f.done() for f in fs)) and counter[0] > 0:
            await waiter
    finally:
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in fs]
    done_q = Queue()
    for f in todo:
        f.add_done_callback(done_q.put_nowait)

    async def _wait_for_one():
        f = await done_q.get()
        return f.result()
    for _ in range(len(todo)):
        yield _wait_for_one()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._queue = _deque()
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return '<%s maxsize=%r>' % (type(self).__name__, self._maxsize)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _put(self, item):
        _heapq.heappush(self._queue_list(), item)

    def _queue_list(self):
        if not isinstance(self._queue, list):
            self._queue = list(self._queue)
        return self._queue

    def _get(self):
        return _heapq.heappop(self._queue_list())


class LifoQueue(Queue):
    def _get(self):
        return self._queue.pop()


class Event:
    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._waiters = _deque()
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = _deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self._waiters = _deque()

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        self.release()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)
            await self.acquire()

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class TaskGroup:
    def __init__(self):
        self._tasks = []
        self._errors = []

    async def __aenter__(self):
        return self

    def create_task(self, coro, *, name=None, context=None):
        t = get_running_loop().create_task(coro, name=name)
        self._tasks.append(t)
        return t

    async def __aexit__(self, et, exc, tb):
        for t in self._tasks:
            try:
                await t
            except CancelledError:
                pass
            except Exception as e:
                self._errors.append(e)
                for other in self._tasks:
                    if not other.done():
                        other.cancel()
        if self._errors:
            raise ExceptionGroup('unhandled errors in a TaskGroup', self._errors)
        return False


class _Timeout:
    def __init__(self, delay):
        self._delay = delay
        self._task = None
        self._handle = None
        self._expired = False

    async def __aenter__(self):
        self._task = current_task()
        if self._delay is not None:
            loop = get_running_loop()
            self._handle = loop.call_later(self._delay, self._on_timeout)
        return self

    def _on_timeout(self):
        self._expired = True
        self._task.cancel()

    def expired(self):
        return self._expired

    async def __aexit__(self, et, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
        if self._expired and et is CancelledError:
            raise TimeoutError() from None
        return False


def timeout(delay):
    return _Timeout(delay)


async def to_thread(func, *args, **kwargs):
    return func(*args, **kwargs)


def shield(arg):
    return ensure_future(arg)
