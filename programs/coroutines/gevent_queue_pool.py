# gevent.queue (bounded Queue, LifoQueue, JoinableQueue, timeouts) and gevent.pool (Pool
# limits concurrency, map/imap_unordered; Group.join waits for every member).
import gevent
from gevent.queue import Queue, JoinableQueue, Empty, LifoQueue
from gevent.pool import Pool, Group

q = Queue(maxsize=2)
log = []
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        log.append(item)
        gevent.sleep(0.001)
gevent.joinall([gevent.spawn(producer), gevent.spawn(consumer)])
print('consumed in order:', [x for x in log])
try:
    Queue().get(timeout=0.01)
except Empty:
    print('Empty after timeout')
lq = LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])

jq = JoinableQueue()
done = []
def worker():
    while True:
        item = jq.get()
        done.append(item * 2)
        jq.task_done()
for _ in range(3):
    gevent.spawn(worker)
for i in range(10):
    jq.put(i)
jq.join()
print(sorted(done))

pool = Pool(3)
active = [0, 0]
def job(n):
    active[0] += 1
    active[1] = max(active[1], active[0])
    gevent.sleep(0.01)
    active[0] -= 1
    return n * n
print(pool.map(job, range(8)), 'max concurrent', active[1])
print(sorted(pool.imap_unordered(job, range(5))))
g = Group()
for i in range(3):
    g.spawn(job, i)
g.join()
print('group empty after join:', len(g))
