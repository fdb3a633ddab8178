# threading -- higher-level threading interface, written over _thread.
#
# Natives relied on:
#   _thread.start_new_thread(function, args)  run function(*args) in a new OS thread
#   _thread.allocate_lock()                    plain lock: acquire(blocking, timeout),
#                                              release(), locked(), with-statement
#   _thread.RLock()                            re-entrant lock, plus _is_owned(),
#                                              _release_save(), _acquire_restore(state)
#   _thread.get_ident(), _thread.get_native_id(), _thread.stack_size([size]),
#   _thread.TIMEOUT_MAX, _thread.error, _thread.daemon_threads_allowed() (optional)
#   time.monotonic()                           deadlines for timed waits
#   sys.stderr, sys._print_exception(exc)      default excepthook (minipy's helper
#                                              for printing a traceback; under
#                                              CPython the traceback module is used)
#
# The VM calls _shutdown() when the main program ends (if this module was
# imported): it waits for every non-daemon thread, then the VM exits and the
# daemon threads die with it.
#
# How a Thread's life is tracked: each started thread owns a "done lock",
# acquired by the thread itself before start() returns and released as the
# very last thing its bootstrap does.  join() and is_alive() just try to
# acquire that lock (CPython's _tstate_lock plays the same role).

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True       # read by CPython's multiprocessing
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _allocate_lock
_CRLock = getattr(_thread, 'RLock', None)
_daemon_threads_allowed = getattr(_thread, 'daemon_threads_allowed', None)
_set_thread_name = getattr(_thread, '_set_thread_name', None)   # minipy only
if _daemon_threads_allowed is None:
    def _daemon_threads_allowed():
        return True


# ---------------------------------------------------------------------------
# Trace and profile hooks: stored, and installed in each new thread when the
# sys module knows how (minipy has no tracing, so there they are inert).

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for all threads started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    """Set a profile function for all threads started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def _deprecated(message):
    # CPython 3.10+ warns about the old camelCase names; minipy may have no
    # warnings module, and then they are simply silent aliases.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _label(obj):
    # "threading.Event at 0x7f..." -- the head of the newer reprs below.
    cls = type(obj)
    return '%s.%s at %s' % (getattr(cls, '__module__', 'threading'),
                            cls.__name__, hex(id(obj)))


# ---------------------------------------------------------------------------
# Re-entrant lock.  The native one is used; the Python version below is only
# a fallback for a _thread module without RLock.

def RLock(*args, **kwargs):
    """Return a new re-entrant lock: the thread that holds it may acquire it
    again, and must release it as many times as it acquired it."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _PyRLock:
    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        return '<%s %s.%s object owner=%r count=%d at %s>' % (
            'locked' if self._block.locked() else 'unlocked',
            type(self).__module__, type(self).__name__,
            self._owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    def __enter__(self):
        return self.acquire()

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # The three methods Condition uses to give up the lock entirely while
    # waiting, whatever the recursion level, and to restore it afterwards.
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        if self._owner == get_ident():
            return self._count
        return 0


# ---------------------------------------------------------------------------
# Condition variables.

class Condition:
    """A condition variable: lets threads wait, holding a lock, until another
    thread notifies them.  Each waiter blocks on a private lock of its own,
    which notify() releases."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Use the lock's own save/restore/ownership test when it has them
        # (RLock: they handle the recursion level); otherwise the plain-lock
        # versions defined below stay in effect.
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []          # only touched while holding self._lock

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: if it can be acquired, nobody
        # held it (so certainly not us).
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until timeout seconds
        have passed, re-acquire the lock.  Return False on timeout."""
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                # Timed out: nobody released us, so take ourselves off the
                # list (a notify may have done it meanwhile).
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires; return the
        last value of predicate()."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        waiters = self._waiters
        while waiters and n > 0:
            waiters.pop(0).release()
            n -= 1

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores.

class Semaphore:
    """A counter that acquire() decrements, blocking while it is zero, and
    release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return '<%s: value=%s>' % (_label(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    def __enter__(self):
        return self.acquire()

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return '<%s: value=%s/%s>' % (_label(self), self._value,
                                      self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------
# Events: a flag plus a condition to wait for it.

class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return '<%s: %s>' % (_label(self), 'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true or the timeout expires; return the
        flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------
# Barriers.  A barrier cycles through: filling (threads arrive), draining
# (the released threads leave), then filling again.  Resetting and broken
# are the two abnormal states.

_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Make `parties` threads wait for each other; wait() returns each one a
    distinct index in range(parties)."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0             # threads inside wait()

    def __repr__(self):
        if self.broken:
            return '<%s: broken>' % _label(self)
        return '<%s: waiters=%d/%d>' % (_label(self), self.n_waiting,
                                        self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # Wait for the previous cycle to drain (or a reset to finish).
        while self._state == _DRAINING or self._state == _RESETTING:
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _FILLING

    def _release(self):
        # The last thread has arrived: run the action, free the others.
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(self._not_filling, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _DRAINING

    def _not_filling(self):
        return self._state != _FILLING

    def _exit(self):
        # The last thread out lets the next cycle begin.
        if self._count == 0:
            if self._state == _RESETTING or self._state == _DRAINING:
                self._state = _FILLING
                self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting in it
        get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# Registry of threads.  _active maps the ident of each running thread to its
# Thread object; _limbo holds threads between start() and their bootstrap.
# _shutdown_locks holds the done locks of non-daemon threads not yet known to
# have finished: _shutdown() waits on these rather than on _active, because a
# thread leaves _active a little before its very last step.  All three are
# only changed while holding _active_limbo_lock.

_active_limbo_lock = _allocate_lock()
_active = {}
_limbo = {}
_shutdown_locks = []


def _forget_finished_threads():
    # Drop the released done locks, so that programs starting many threads
    # without joining them do not grow _shutdown_locks forever.
    global _shutdown_locks
    _shutdown_locks = [lock for lock in _shutdown_locks if lock.locked()]

_counter = 0                        # for the default names "Thread-N"
_counter_lock = _allocate_lock()


def _newname(template='Thread-%d'):
    global _counter
    with _counter_lock:
        _counter += 1
        return template % _counter


# Functions registered by _register_atexit run first in _shutdown (CPython's
# concurrent.futures uses this hook).
_SHUTTING_DOWN = False
_threading_atexits = []


def _register_atexit(func, *args, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, args, kwargs))


# ---------------------------------------------------------------------------
# Uncaught exceptions in threads.

class ExceptHookArgs:
    """The argument of threading.excepthook: exc_type, exc_value,
    exc_traceback and thread, built from a 4-sequence."""

    def __init__(self, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence '
                            '(%d-sequence given)' % len(args))
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return (self.exc_type, self.exc_value, self.exc_traceback,
                self.thread)[i]

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, '
                'exc_traceback=%r, thread=%r)' % (self.exc_type, self.exc_value,
                                                  self.exc_traceback, self.thread))


def _print_exception(exc, file):
    native = getattr(_sys, '_print_exception', None)
    if native is not None:
        native(exc)
    else:
        import traceback
        traceback.print_exception(type(exc), exc, exc.__traceback__,
                                  file=file)


def excepthook(args):
    """Print an exception that escaped Thread.run() to sys.stderr, as
    'Exception in thread NAME:' and the traceback.  SystemExit is ignored."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = getattr(args.thread, '_stderr', None)
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr.write('Exception in thread %s:\n' % name)
    stderr.flush()
    _print_exception(args.exc_value, stderr)
    stderr.flush()


# The original hook, for code that wants to restore it.
__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    # Called by a thread's bootstrap for an exception that escaped run().
    args = ExceptHookArgs([type(exc), exc, getattr(exc, '__traceback__', None),
                           thread])
    hook = excepthook
    if hook is None:
        hook = __excepthook__
    try:
        hook(args)
    except Exception as hook_exc:
        # A broken hook must not fail silently: report it through
        # sys.excepthook when there is one.
        stderr = _sys.stderr
        if stderr is not None:
            stderr.write('Exception in threading.excepthook:\n')
            stderr.flush()
            sys_hook = getattr(_sys, 'excepthook', None)
            if sys_hook is not None:
                sys_hook(type(hook_exc), hook_exc,
                         getattr(hook_exc, '__traceback__', None))
            else:
                _print_exception(hook_exc, stderr)


# ---------------------------------------------------------------------------
# Thread objects.

class Thread:
    """A thread of control: pass a callable as target, or subclass and
    override run().  start() runs it in a new thread."""

    _initialized = False

    # (daemon is keyword-only in CPython; minipy's subset has no bare '*')
    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                target_name = getattr(target, '__name__', None)
                if target_name is not None:
                    name = '%s (%s)' % (name, target_name)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this '
                                   '(sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._done_lock = None      # held while the thread runs
        self._started = Event()
        self._is_stopped = False
        self._local_dicts = {}      # this thread's data for each `local`
        self._initialized = True
        self._stderr = _sys.stderr  # for excepthook if sys.stderr goes away

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        self.is_alive()             # notices a thread that has finished
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)

    def start(self):
        """Start the thread; at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """The thread's activity; by default calls target(*args, **kwargs)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references so they do not outlive the thread.
            del self._target
            del self._args
            del self._kwargs

    def _bootstrap(self):
        # First code run by the new thread.
        self._ident = get_ident()
        self._native_id = get_native_id()
        if _set_thread_name is not None:
            _set_thread_name(self._name)     # minipy: names the thread in --gil-stats and reports
        self._done_lock = _allocate_lock()
        self._done_lock.acquire()
        if _trace_hook is not None and hasattr(_sys, 'settrace'):
            _sys.settrace(_trace_hook)
        if _profile_hook is not None and hasattr(_sys, 'setprofile'):
            _sys.setprofile(_profile_hook)
        with _active_limbo_lock:
            _active[self._ident] = self
            del _limbo[self]
            if not self._daemonic:
                _forget_finished_threads()
                _shutdown_locks.append(self._done_lock)
        self._started.set()
        try:
            self.run()
        except BaseException as exc:
            _invoke_excepthook(self, exc)
        finally:
            self._finish()

    def _finish(self):
        # Last steps of a thread: drop its thread-local data (whose __del__
        # methods may still want current_thread()), leave the registry, and
        # only then wake the joiners and _shutdown().
        self._local_dicts = {}
        with _active_limbo_lock:
            if _active.get(self._ident) is self:
                del _active[self._ident]
        self._done_lock.release()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _stop(self):
        # Called once the done lock showed the thread has finished.
        self._is_stopped = True
        self._done_lock = None

    def _wait_for_done(self, block=True, timeout=-1):
        lock = self._done_lock
        if lock is None:
            return                  # already known to be stopped
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread ends, or until timeout seconds have passed
        (then check is_alive() to know which)."""
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is None:
            self._wait_for_done()
        else:
            self._wait_for_done(True, max(timeout, 0))

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, 'Thread.__init__() not called'
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_done(False)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    # Old camelCase API (deprecated, still present in 3.11; isAlive is gone
    # since 3.9).
    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """Call function(*args, **kwargs) after interval seconds, unless
    cancel() was called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        if args is None:
            args = []
        if kwargs is None:
            kwargs = {}
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread that ran the program.  Its done lock is released by
    # _shutdown().
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._done_lock = _allocate_lock()
        self._done_lock.acquire()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread started by _thread directly: always alive, daemon,
    # never joinable.
    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'),
                        daemon=_daemon_threads_allowed())
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, 'cannot join a dummy thread'


# ---------------------------------------------------------------------------
# Module-level queries.

def current_thread():
    """The Thread object of the caller (a _DummyThread for a thread that
    threading did not start)."""
    thread = _active.get(get_ident())
    if thread is None:
        return _DummyThread()
    return thread


def currentThread():
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """Number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    # Callers hold _active_limbo_lock.
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """List of the Thread objects currently alive."""
    with _active_limbo_lock:
        return _enumerate()


def main_thread():
    return _main_thread


# ---------------------------------------------------------------------------
# Thread-local data.

class local:
    """Attributes of a local object are seen only by the thread that set
    them.  Each thread's values live in that thread's Thread object
    (_local_dicts, keyed by this object's _LocalKey), so they disappear with
    the thread.  A subclass's __init__ runs again, with the constructor's
    arguments, the first time another thread touches the object."""

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        key = _LocalKey(args, kw)
        object.__setattr__(self, '_local__key', key)
        # The creating thread's __init__ is run by the constructor call itself.
        current_thread()._local_dicts[key] = {}
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d and not _is_property(self, name):
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        d = _local_dict(self)
        if _is_property(self, name):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        d = _local_dict(self)
        if _is_property(self, name):
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))


class _LocalKey:
    # Identity of one local object, and the arguments for re-running its
    # __init__ in other threads.
    def __init__(self, args, kw):
        self.args = args
        self.kw = kw


def _is_property(obj, name):
    return isinstance(getattr(type(obj), name, None), property)


def _local_dict(obj):
    # The calling thread's attribute dict of local object obj.
    key = object.__getattribute__(obj, '_local__key')
    dicts = current_thread()._local_dicts
    d = dicts.get(key)
    if d is None:
        d = {}
        dicts[key] = d
        cls = type(obj)
        if cls.__init__ is not object.__init__:
            cls.__init__(obj, *key.args, **key.kw)
    return d


# ---------------------------------------------------------------------------
# Interpreter shutdown.

def _shutdown():
    """Called by the VM when the main program ends: run the _register_atexit
    functions, then wait until every non-daemon thread has finished."""
    global _SHUTTING_DOWN, _shutdown_locks
    if _main_thread._is_stopped:
        return                      # already done
    _SHUTTING_DOWN = True
    while _threading_atexits:       # last registered runs first
        func, args, kwargs = _threading_atexits.pop()
        func(*args, **kwargs)
    # The main thread counts as finished from now on.
    _main_thread._done_lock.release()
    _main_thread._stop()
    # Wait for each non-daemon thread's done lock.  Threads may start other
    # threads meanwhile (a starter's own lock stays held until its start()
    # has returned), so repeat until no lock is left.
    while True:
        with _active_limbo_lock:
            locks = _shutdown_locks
            _shutdown_locks = []
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


_main_thread = _MainThread()


# ---------------------------------------------------------------------------
# fork() -- CPython only (its multiprocessing forks; minipy does not, and its
# os module has no register_at_fork, so this hook is simply not installed).
# In the child only the thread that forked survives: it becomes the main
# thread, every other Thread object is marked stopped, so that _shutdown()
# in the child does not wait for threads that no longer exist.

def _after_fork():
    global _active_limbo_lock, _counter_lock, _main_thread, _shutdown_locks
    # Locks may have been held by threads that are gone.
    _active_limbo_lock = _allocate_lock()
    _counter_lock = _allocate_lock()
    _shutdown_locks = []
    ident = get_ident()
    me = _active.get(ident)
    if me is None:
        me = _MainThread()
    for t in _enumerate():
        t._started = Event()
        t._started.set()
        if t is me:
            t._ident = ident
            t._is_stopped = False
            t._done_lock = _allocate_lock()
            t._done_lock.acquire()
        else:
            t._stop()
    _limbo.clear()
    _active.clear()
    _active[ident] = me
    _main_thread = me


try:
    from os import register_at_fork as _register_at_fork
except ImportError:
    _register_at_fork = None
if _register_at_fork is not None:
    _register_at_fork(after_in_child=_after_fork)
