# Barrier: parties wait for each other, phase after phase.
import threading
import time

N = 3
phases = []
lock = threading.Lock()


def action():
    phases.append('all %d arrived' % N)


barrier = threading.Barrier(N, action=action)
indices = []


def worker(i):
    for phase in range(2):
        time.sleep(0.01 * i)
        idx = barrier.wait()
        with lock:
            indices.append((phase, idx))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(phases)
print(sorted(indices))
print(barrier.parties, barrier.n_waiting, barrier.broken)

# A waiter that times out breaks the barrier for everybody.
b = threading.Barrier(2)
try:
    b.wait(0.05)
except threading.BrokenBarrierError:
    print('timed out: BrokenBarrierError')
print('broken:', b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('still broken')
b.reset()
print('after reset:', b.broken)

# abort() wakes the waiters with BrokenBarrierError.
b = threading.Barrier(3)
outcome = []


def waits():
    try:
        b.wait()
        outcome.append('passed')
    except threading.BrokenBarrierError:
        outcome.append('broken')


ws = [threading.Thread(target=waits) for i in range(2)]
for w in ws:
    w.start()
while b.n_waiting < 2:
    time.sleep(0.01)
print('waiting:', b.n_waiting)
b.abort()
for w in ws:
    w.join()
print(outcome)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
