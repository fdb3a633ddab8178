# Which threads a ThreadPoolExecutor starts, what they are called, and where
# done callbacks run.
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def whoami(_=None):
    return threading.current_thread().name


def blocked(gate):
    gate.wait()
    return threading.current_thread().name


before = threading.active_count()

# Threads are created lazily, one per submit while no worker is idle, up to
# max_workers; they are named ThreadPoolExecutor-<executor>_<worker>.
ex = ThreadPoolExecutor(3)
print('no threads before the first submit:', len(ex._threads), threading.active_count() - before)
gate = threading.Event()
running = threading.Semaphore(0)


def blocked_counting(gate):
    running.release()
    return blocked(gate)


fs = [ex.submit(blocked_counting, gate) for _ in range(5)]
print('threads while 5 tasks block:', len(ex._threads))
for _ in range(3):
    running.acquire()           # three tasks are running, one per worker
gate.set()
print('ran in:', sorted(set(f.result() for f in fs)))

# Idle workers are reused: no new thread while one is waiting for work.
time.sleep(0.05)
gate = threading.Event()
fs = [ex.submit(blocked, gate) for _ in range(3)]
gate.set()
print('threads after reuse:', len(ex._threads),
      set(f.result() for f in fs) <= set(t.name for t in ex._threads))
ex.shutdown()
print('workers gone after shutdown:', threading.active_count() == before)

# Executors without a prefix take the next number; one with a prefix does not.
with ThreadPoolExecutor(1, thread_name_prefix='custom') as ex2:
    print(ex2.submit(whoami).result())
with ThreadPoolExecutor(1) as ex3:
    print(ex3.submit(whoami).result())
with ThreadPoolExecutor(1) as ex4:
    print(ex4.submit(whoami).result())

# Done callbacks run in the worker thread that finishes the future; when the
# future is already done, add_done_callback runs the callback at once in the
# calling thread.
ran = []
with ThreadPoolExecutor(1, thread_name_prefix='cb') as ex6:
    gate = threading.Event()
    f = ex6.submit(blocked, gate)
    f.add_done_callback(lambda fut: ran.append(('callback', whoami(), fut.result())))
    gate.set()
    f.result()
    time.sleep(0.05)
    f.add_done_callback(lambda fut: ran.append(('late callback', whoami())))
for entry in ran:
    print(entry)


# An exception in a callback is logged (on stderr) and does not stop the
# other callbacks nor change the future.
def bad_callback(fut):
    raise RuntimeError('callback failed')


ran = []
with ThreadPoolExecutor(1) as ex7:
    gate = threading.Event()
    f = ex7.submit(blocked, gate)
    f.add_done_callback(bad_callback)
    f.add_done_callback(lambda fut: ran.append('second callback ran'))
    gate.set()
print(ran, f.exception())

# The threads are not daemons; pending work finishes even without shutdown.
ex8 = ThreadPoolExecutor(2)
out = []
for i in range(4):
    ex8.submit(lambda i=i: (time.sleep(0.02), out.append(i)))
print('daemon workers:', any(t.daemon for t in ex8._threads))
ex8.shutdown(wait=True)
print('all ran:', sorted(out))
