# Switching cost per operation: a plain call, a generator send(), a greenlet switch and a
# thread hand-off (two threads waking each other through locks). Each figure is the best of
# RUNS timings, divided by the number of operations (one switch = one transfer of control).
#   python3 programs/bench/switch_cost.py [N]      (CPython needs the greenlet package)
#   ./minipy run --gil=on programs/bench/switch_cost.py [N]
import sys
import time
import threading
from greenlet import greenlet

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
RUNS = 3


def best(f, ops):
    b = None
    for _ in range(RUNS):
        t0 = time.perf_counter()
        f()
        dt = time.perf_counter() - t0
        b = dt if b is None or dt < b else b
    return b / ops * 1e6


def plain_call():
    def f(x):
        return x
    for i in range(N):
        f(i)


def gen_send():
    def g():
        x = yield
        while True:
            x = yield x
    it = g()
    next(it)
    send = it.send
    for i in range(N):
        send(i)


def greenlet_switch():
    # N round trips = 2N switches
    def other(x):
        while True:
            x = main.switch(x)
    from greenlet import getcurrent
    main = getcurrent()
    g = greenlet(other)
    sw = g.switch
    for i in range(N):
        sw(i)


def thread_handoff(n):
    # n round trips = 2n hand-offs between two threads
    a = threading.Lock()
    b = threading.Lock()
    a.acquire()
    b.acquire()

    def other():
        for i in range(n):
            a.acquire()
            b.release()
    t = threading.Thread(target=other)
    t.start()
    for i in range(n):
        a.release()
        b.acquire()
    t.join()


impl = getattr(sys, 'implementation', None)
name = getattr(impl, 'name', impl) or '?'
gil = ''
if hasattr(sys, '_is_gil_enabled'):
    gil = ' gil=' + ('on' if sys._is_gil_enabled() else 'off')
print('%s%s, N=%d' % (name, gil, N))
print('plain call        %8.3f us/op' % best(plain_call, N))
print('generator send    %8.3f us/op' % best(gen_send, N))
print('greenlet switch   %8.3f us/op' % best(greenlet_switch, 2 * N))
M = max(1000, N // 20)
print('thread hand-off   %8.3f us/op' % best(lambda: thread_handoff(M), 2 * M))
