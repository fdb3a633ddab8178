# ThreadPoolExecutor: submit/result, map in order, exceptions re-raised from
# result(), the with statement, shutdown rules, argument checks and the
# initializer.
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures
import threading
import time


def square(x):
    return x * x


def divide(a, b):
    return a / b


def describe(*args, **kwargs):
    return 'args=%r kwargs=%r' % (args, sorted(kwargs.items()))


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(square, i) for i in range(8)]
    print('results:', [f.result() for f in futures])
    print('map:', list(ex.map(square, range(6))))
    print('map over two iterables:', list(ex.map(divide, [1, 9, 8], [2, 3, 4, 5])))
    print('kwargs:', ex.submit(describe, 1, 2, fn='named fn', key=3).result())
    bad = ex.submit(divide, 1, 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print('result() re-raised:', type(e).__name__, e)
    print('exception():', repr(bad.exception()), bad.done())

    # map raises the first failing call's exception when its turn comes.
    it = ex.map(divide, [1, 2, 3], [1, 0, 1])
    print('first from map:', next(it))
    try:
        next(it)
    except ZeroDivisionError:
        print('second from map: ZeroDivisionError')

print('after with: shut down')
try:
    ex.submit(square, 2)
except RuntimeError as e:
    print('RuntimeError:', e)

# map() returns at once: the calls run while the results are consumed.
gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    results = ex.map(lambda x: gate.wait() and x, [1, 2])
    print('map returned before the calls finished:', type(results).__name__,
          not gate.is_set())
    gate.set()
    print('results:', list(results))

# map with a timeout.
with ThreadPoolExecutor(1) as ex:
    it = ex.map(time.sleep, [0.5, 0], timeout=0.05)
    try:
        next(it)
    except TimeoutError:
        print('map timeout: TimeoutError')

# Argument checks.
for n in (0, -1):
    try:
        ThreadPoolExecutor(n)
    except ValueError as e:
        print('ValueError:', e)
try:
    ThreadPoolExecutor(2, initializer=5)
except TypeError as e:
    print('TypeError:', e)

# The default size is min(32, cpu_count + 4).
import os
ex = ThreadPoolExecutor()
print('default max_workers ok:', ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()

# The initializer runs once in each worker thread, with initargs.
local = threading.local()
seen = []
seen_lock = threading.Lock()


def init(tag):
    local.tag = tag
    with seen_lock:
        seen.append(threading.current_thread().name)


def read_tag(_):
    gate.wait()
    return local.tag


gate = threading.Event()
with ThreadPoolExecutor(2, thread_name_prefix='init',
                        initializer=init, initargs=('T',)) as ex:
    tags = ex.map(read_tag, range(4))
    gate.set()
    print('tags:', list(tags))
print('initialized threads:', sorted(seen))

# A failing initializer breaks the pool: pending and new work fail with
# BrokenThreadPool (the initializer's error is logged on stderr).
from concurrent.futures.thread import BrokenThreadPool


def bad_init():
    raise OSError('cannot initialize')


ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(square, 3)
try:
    f.result()
except BrokenThreadPool as e:
    print('BrokenThreadPool:', e)
try:
    ex.submit(square, 4)
except concurrent.futures.BrokenExecutor as e:
    print('submit after break:', type(e).__name__)
ex.shutdown()

# shutdown(cancel_futures=True) cancels what has not started.
gate = threading.Event()
started = threading.Event()


def first_task():
    started.set()
    return gate.wait()


ex = ThreadPoolExecutor(1)
first = ex.submit(first_task)
started.wait()
rest = [ex.submit(square, i) for i in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
print('first:', first.result(), '- rest cancelled:', [f.cancelled() for f in rest])
ex.shutdown()
print('idempotent shutdown ok')
