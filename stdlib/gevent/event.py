# gevent.event -- Event and AsyncResult for greenlets.

from gevent.hub import Timeout, wait_on

__all__ = ['Event', 'AsyncResult']


class Event:
    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    isSet = is_set
    ready = is_set

    def set(self):
        self._flag = True
        waiters = self._waiters
        self._waiters = []
        for w in waiters:
            w.switch(True)

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        wait_on(self._waiters, timeout)
        return self._flag


class AsyncResult:
    def __init__(self):
        self._event = Event()
        self.value = None
        self._exception = None

    def set(self, value=None):
        self.value = value
        self._event.set()

    def set_exception(self, exception):
        self._exception = exception
        self._event.set()

    def ready(self):
        return self._event.is_set()

    def successful(self):
        return self.ready() and self._exception is None

    @property
    def exception(self):
        return self._exception

    def get(self, block=True, timeout=None):
        if not self.ready():
            if not block or not self._event.wait(timeout):
                raise Timeout(timeout)
        if self._exception is not None:
            raise self._exception
        return self.value

    def wait(self, timeout=None):
        self._event.wait(timeout)
        return self.value
