# The Future state machine on its own, without an executor: results,
# exceptions, cancellation, done callbacks, timeouts and invalid transitions.
from concurrent.futures import (Future, CancelledError, TimeoutError,
                                InvalidStateError)
import concurrent.futures


def state(f):
    # The repr without its address: '<Future at 0x... state=...>'.
    return repr(f).split(' state=')[1]


f = Future()
print('new:', state(f), f.done(), f.running(), f.cancelled())
print('running:', f.set_running_or_notify_cancel(), state(f), f.running())
print('cancel while running:', f.cancel())
f.set_result(42)
print('finished:', state(f), f.done(), f.result(), f.exception())
try:
    f.set_result(1)
except InvalidStateError as e:
    print('InvalidStateError:', str(e).split(':')[0])
print('cancel after finish:', f.cancel(), f.cancelled())

# An exception is stored and re-raised by result().
g = Future()
g.set_exception(ZeroDivisionError('boom'))
print('raised:', state(g))
print('exception():', repr(g.exception()))
try:
    g.result()
except ZeroDivisionError as e:
    print('result() re-raised:', type(e).__name__, e)
try:
    g.set_exception(ValueError())
except InvalidStateError:
    print('second set_exception refused')

# Cancellation.
h = Future()
print('cancel pending:', h.cancel(), h.cancel(), h.cancelled(), h.done(), state(h))
try:
    h.result()
except CancelledError as e:
    print('result() of cancelled:', type(e).__name__, repr(e))
try:
    h.exception()
except CancelledError:
    print('exception() of cancelled: CancelledError')
print('set_running_or_notify_cancel:', h.set_running_or_notify_cancel(), state(h))
try:
    h.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError:', e)

# Timeouts: TimeoutError is the builtin one since 3.11.
k = Future()
print('TimeoutError is the builtin:', issubclass(TimeoutError, OSError))
for call in (lambda: k.result(timeout=0), lambda: k.result(0.01),
             lambda: k.exception(timeout=0.01)):
    try:
        call()
    except TimeoutError as e:
        print('timed out:', type(e).__name__, repr(str(e)))

# Done callbacks run in order when the future completes, and at once when
# added to a future that is already done.
log = []
m = Future()
m.add_done_callback(lambda fut: log.append(('first', fut.result())))
m.add_done_callback(lambda fut: log.append(('second', fut.done())))
print('before set_result:', log)
m.set_result('ok')
print('after set_result:', log)
m.add_done_callback(lambda fut: log.append(('late', fut.result())))
print('added late:', log)

c = Future()
c.add_done_callback(lambda fut: log.append(('cancelled cb', fut.cancelled())))
c.cancel()
print('cancel ran callback:', log[-1])

# The result type shows in the repr.
for value in (None, [1], 'x', 1.5):
    r = Future()
    r.set_result(value)
    print(state(r))
e = Future()
e.set_exception(KeyError('k'))
print(state(e))

print('exception classes:', CancelledError.__mro__[1].__name__,
      concurrent.futures.BrokenExecutor.__mro__[1].__name__,
      issubclass(InvalidStateError, concurrent.futures._base.Error))
print('module:', CancelledError.__module__)
