# gevent.exceptions -- the exceptions gevent raises.

__all__ = ['LoopExit', 'BlockingSwitchOutError', 'InvalidSwitchError', 'ConcurrentObjectUseError',
           'InvalidThreadUseError', 'HubDestroyed']


class LoopExit(Exception):
    """Raised in the main greenlet when it waits and nothing could ever wake it."""


class BlockingSwitchOutError(AssertionError):
    pass


class InvalidSwitchError(AssertionError):
    pass


class ConcurrentObjectUseError(AssertionError):
    pass


class InvalidThreadUseError(RuntimeError):
    pass


class HubDestroyed(BaseException):
    pass
