# Many small tasks on a few workers: results stay in order, nothing is lost
# or run twice, and several threads can wait on the same futures.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading

lock = threading.Lock()
counts = {}


def work(i):
    with lock:
        counts[i] = counts.get(i, 0) + 1
    total = 0
    for k in range(50):
        total += k * i
    return total


with ThreadPoolExecutor(8) as ex:
    results = list(ex.map(work, range(500)))
    print('map in order:', results == [sum(k * i for k in range(50)) for i in range(500)])
    fs = [ex.submit(work, i) for i in range(500)]
    seen = sorted(f.result() for f in as_completed(fs))
    print('as_completed saw each once:', len(seen), seen == sorted(results))
print('each task ran twice (map + submit):', set(counts.values()), len(counts))

# Tasks that submit more tasks to the same pool.
with ThreadPoolExecutor(4) as ex:
    def parent(n):
        return [ex.submit(work, n * 10 + k) for k in range(3)]
    children = []
    for f in [ex.submit(parent, n) for n in range(5)]:
        children.extend(f.result())
    done, not_done = wait(children)
    print('children done:', len(done), len(not_done))

# Several threads wait for the results of the same futures.
gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(lambda i=i: gate.wait() and i * i) for i in range(6)]
    out = []
    out_lock = threading.Lock()

    def consumer():
        total = sum(f.result() for f in fs)
        with out_lock:
            out.append(total)

    waiters = [threading.Thread(target=consumer) for _ in range(4)]
    for t in waiters:
        t.start()
    gate.set()
    for t in waiters:
        t.join()
print('every waiter got the same sum:', out)

# Callbacks from many workers, appended under a lock.
called = []
with ThreadPoolExecutor(6) as ex:
    for i in range(100):
        ex.submit(work, i).add_done_callback(
            lambda f, i=i: called.append(i))
print('callbacks:', len(called), sorted(called) == list(range(100)))
