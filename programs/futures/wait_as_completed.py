# wait() with each return_when, and as_completed(), on futures whose
# completion order is forced with events.
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION,
                                ALL_COMPLETED, Future)
import threading
import time


def gated(gate, value):
    gate.wait()
    if isinstance(value, Exception):
        raise value
    return value


def names(fs, labels):
    return sorted(labels[f] for f in fs)


ex = ThreadPoolExecutor(4)
gates = [threading.Event() for _ in range(3)]
fs = [ex.submit(gated, gates[0], 'a'), ex.submit(gated, gates[1], ValueError('b')),
      ex.submit(gated, gates[2], 'c')]
labels = {fs[0]: 'a', fs[1]: 'b', fs[2]: 'c'}

r = wait(fs, timeout=0.05)
print('nothing done yet:', type(r).__name__, names(r.done, labels), names(r.not_done, labels))
print('fields:', r._fields, type(r.done).__name__)

gates[2].set()
done, not_done = wait(fs, return_when=FIRST_COMPLETED)
print('FIRST_COMPLETED:', names(done, labels), names(not_done, labels))

# FIRST_EXCEPTION waits past plain results until an exception comes.
threading.Timer(0.05, gates[1].set).start()
done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
print('FIRST_EXCEPTION:', names(done, labels), names(not_done, labels))

gates[0].set()
done, not_done = wait(fs, return_when=ALL_COMPLETED)
print('ALL_COMPLETED:', names(done, labels), names(not_done, labels))
print('already done returns at once:', names(wait(fs, timeout=0).done, labels))
try:
    wait([Future()], return_when='SOMETIMES')
except ValueError as e:
    print('bad return_when: ValueError', e)
print('all done with nothing to wait for:', len(wait([]).done))

# as_completed yields in completion order: release the gates backwards.
gates = [threading.Event() for _ in range(4)]
fs = [ex.submit(gated, gates[i], i) for i in range(4)]


def release_backwards():
    # Each gate opens only once the previous future has finished.
    for i in reversed(range(4)):
        time.sleep(0.01)
        gates[i].set()
        fs[i].exception()


threading.Thread(target=release_backwards).start()
print('as_completed order:', [f.result() for f in as_completed(fs)])

# Futures already done come out first; duplicates only once.
done_f = Future()
done_f.set_result('early')
gate = threading.Event()
late = ex.submit(gated, gate, 'late')
threading.Timer(0.05, gate.set).start()
print('with a finished one:', [f.result() for f in as_completed([late, done_f, late])])

# A timeout raises TimeoutError naming the unfinished futures.
gate = threading.Event()
slow = ex.submit(gated, gate, 'slow')
quick = Future()
quick.set_result('quick')
got = []
try:
    for f in as_completed([slow, quick], timeout=0.1):
        got.append(f.result())
except TimeoutError as e:
    print('as_completed timeout:', got, e)
gate.set()
print('slow finished:', slow.result())

# A cancelled future counts as completed once its executor has noticed
# (set_running_or_notify_cancel), not before.
p = Future()
q = Future()
p.cancel()
done, not_done = wait([p, q], timeout=0, return_when=FIRST_COMPLETED)
print('cancelled, not yet notified:', len(done), len(not_done))
print('notify:', p.set_running_or_notify_cancel())
done, not_done = wait([p, q], timeout=0, return_when=FIRST_COMPLETED)
print('cancelled and notified:', len(done), len(not_done), list(done)[0].cancelled())
# A waiter installed before the cancellation is told about it.
r = Future()
threading.Timer(0.05, lambda: (r.cancel(), r.set_running_or_notify_cancel())).start()
done, not_done = wait([r, q], return_when=FIRST_COMPLETED)
print('woken by a cancellation:', len(done), len(not_done))
ex.shutdown()
