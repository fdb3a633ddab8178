# gevent.greenlet -- Greenlet: a greenlet scheduled by the hub, with a result.
#
# A Greenlet's parent is the hub: start() queues its first switch as a hub callback, and
# when its function returns (or raises) control goes back to the hub. The outcome is kept
# (value or exception) and the links (join() waiters, link() callbacks) are notified from
# a hub callback. Uncaught exceptions are printed as gevent does (traceback, then
# "<Greenlet ...> failed with ExcType") and not propagated.

from greenlet import greenlet, GreenletExit, getcurrent
from gevent.hub import get_hub, Waiter, Timeout, _print_exception
import sys as _sys

__all__ = ['Greenlet', 'joinall', 'killall']


class Greenlet(greenlet):
    _counter = 0

    def __init__(self, run=None, *args, **kwargs):
        hub = get_hub()
        greenlet.__init__(self, parent=hub)
        if run is not None:
            self._run = run
        if not callable(self._run):
            raise TypeError('The run argument or self._run must be callable')
        self.args = args
        self.kwargs = kwargs
        self.value = None
        self._exception = None
        self._has_result = False
        self._links = []
        self._start_event = None
        self._killed_before_start = False
        Greenlet._counter += 1
        self._name = 'Greenlet-%d' % (Greenlet._counter - 1)

    def _run(self):
        return None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def minimal_ident(self):
        return id(self)

    # -- state --

    @property
    def dead(self):
        return self._dead or self._killed_before_start

    @property
    def started(self):
        return bool(self) or (self._start_event is not None and self._start_event.pending)

    def ready(self):
        return self.dead or self._has_result

    def successful(self):
        return self._has_result and self._exception is None

    @property
    def exception(self):
        return self._exception

    @property
    def loop(self):
        return self.parent

    def __bool__(self):
        return self._started and not self._dead

    def __repr__(self):
        func = self.__dict__.get('_run', None)
        if func is None:
            desc = ''
        else:
            desc = ': ' + (getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func))
            if self.args or self.kwargs:
                parts = [repr(a) for a in self.args] + ['%s=%r' % kv for kv in self.kwargs.items()]
                desc += '(' + ', '.join(parts) + ')'
        return '<%s "%s" at %s%s>' % (type(self).__name__, self._name, hex(id(self)), desc)

    # -- starting --

    def start(self):
        if self._start_event is None and not self._started and not self._killed_before_start:
            self._prestart()
            self._start_event = self.parent.run_callback(self.switch)

    def start_later(self, seconds):
        if self._start_event is None and not self._started:
            self._start_event = self.parent.call_later(seconds, self.switch)

    @classmethod
    def spawn(cls, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start()
        return g

    @classmethod
    def spawn_later(cls, seconds, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start_later(seconds)
        return g

    # -- running --

    def run(self):
        self._start_event = None
        try:
            result = self._run(*self.args, **self.kwargs)
        except GreenletExit as e:
            self._report_result(e)
            return
        except BaseException as e:
            self._report_error(e)
            return
        self._report_result(result)

    def _report_result(self, result):
        self.value = result
        self._has_result = True
        self._notify()

    def _report_error(self, exc):
        self._exception = exc
        self._has_result = True
        self._notify()
        self.parent.handle_error(self, exc)

    def _notify(self):
        if self._links:
            self.parent.run_callback(self._notify_links)

    def _notify_links(self):
        while self._links:
            link = self._links.pop(0)
            try:
                link(self)
            except BaseException as e:
                self.parent.handle_error(link, e)

    # -- links --

    def rawlink(self, callback):
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        self._links.append(callback)
        if self.ready() and len(self._links) == 1:
            self.parent.run_callback(self._notify_links)

    link = rawlink

    def link_value(self, callback):
        self.rawlink(lambda g: callback(g) if g.successful() else None)

    def link_exception(self, callback):
        self.rawlink(lambda g: callback(g) if not g.successful() else None)

    def unlink(self, callback):
        try:
            self._links.remove(callback)
        except ValueError:
            pass

    # -- waiting --

    def join(self, timeout=None):
        if self.ready():
            return
        w = Waiter(self.parent)
        switch = w.switch
        self.rawlink(switch)
        t = None
        if timeout is not None:
            t = self.parent.call_later(timeout, w.switch, None)
        try:
            w.get()
        finally:
            if t is not None:
                t.cancel()
            self.unlink(switch)

    def get(self, block=True, timeout=None):
        if not self.ready():
            if not block:
                raise Timeout()
            self.join(timeout)
            if not self.ready():
                raise Timeout(timeout)
        if self._exception is not None:
            raise self._exception
        return self.value

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        if isinstance(exception, type):
            exc = exception()
        else:
            exc = exception
        if not self._started:
            # never ran: it dies without running, its value is the exception
            if self._start_event is not None:
                self._start_event.cancel()
                self._start_event = None
            self._discard()
            if not self._killed_before_start:
                self._killed_before_start = True
                if isinstance(exc, GreenletExit):
                    self._report_result(exc)
                else:
                    self._exception = exc
                    self._has_result = True
                    self._notify()
            return
        if not self._dead:
            if getcurrent() is self:
                raise exc
            self.parent.run_callback(_kill, self, exc)
            if block:
                self.join(timeout)

    def throw(self, *args):
        if not self._started and not self._dead:
            if self._start_event is not None:
                self._start_event.cancel()
                self._start_event = None
        return greenlet.throw(self, *args)


def _kill(g, exc):
    if not g.dead:
        g.throw(exc)


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    """Waits for the greenlets to finish; returns those that did."""
    from time import monotonic
    greenlets = list(greenlets)
    deadline = None if timeout is None else monotonic() + timeout
    done = []
    for g in greenlets:
        if count is not None and len(done) >= count:
            break
        if deadline is None:
            g.join()
        else:
            left = deadline - monotonic()
            if left > 0:
                g.join(left)
        if g.ready():
            done.append(g)
            if raise_error and g.exception is not None:
                raise g.exception
    return done


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    greenlets = list(greenlets)
    for g in greenlets:
        g.kill(exception, block=False)
    if block:
        joinall(greenlets, timeout)
