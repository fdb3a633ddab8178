# queue.Queue between a producer and worker threads, with task_done/join.
import queue
import threading
import time

q = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.001)
        with lock:
            results.append(item * 10)
        q.task_done()


workers = [threading.Thread(target=worker) for i in range(3)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()                        # every item has been processed
print('processed:', sorted(results) == [i * 10 for i in range(20)])
for w in workers:
    q.put(None)
for w in workers:
    w.join()
print('unfinished:', q.unfinished_tasks, 'empty:', q.empty())

# A bounded queue: put blocks until a consumer makes room.
bq = queue.Queue(maxsize=2)
bq.put('a')
bq.put('b')
print('full:', bq.full(), bq.qsize())
try:
    bq.put_nowait('c')
except queue.Full:
    print('Full')
try:
    bq.put('c', timeout=0.05)
except queue.Full:
    print('Full after timeout')


got = []


def slow_get():
    time.sleep(0.1)
    got.append(bq.get())


getter = threading.Thread(target=slow_get)
getter.start()
bq.put('c')                     # blocks about 0.1 s, until the get
getter.join()
print('got', got, 'then put c; queue now', list(bq.queue))
print(bq.get(), bq.get())
try:
    bq.get_nowait()
except queue.Empty:
    print('Empty')
try:
    bq.get(timeout=0.05)
except queue.Empty:
    print('Empty after timeout')
for i in range(3):           # one per successful put
    bq.task_done()
try:
    bq.task_done()
except ValueError as e:
    print('ValueError:', e)

# The other orders.
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    lq.put(item)
    pq.put(item)
print('lifo:', [lq.get() for i in range(4)])
print('priority:', [pq.get() for i in range(4)])
sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print('simple:', sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty')
