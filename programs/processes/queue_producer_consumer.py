# Producer/consumer between processes over multiprocessing.Queue (with a None
# sentinel per consumer) and over a JoinableQueue (task_done/join, daemon
# consumers).
from multiprocessing import Process, Queue, JoinableQueue
import os


def producer(q, name, n):
    for i in range(n):
        q.put((name, i, i * i))


def consumer(q, results):
    got = 0
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        got += 1
        total += item[2]
    results.put((got, total))


def joinable_consumer(q, done):
    while True:
        name, i = q.get()
        done.put('%s:%d' % (name, i * 10))
        q.task_done()


if __name__ == '__main__':
    q = Queue()
    results = Queue()
    producers = [Process(target=producer, args=(q, 'p%d' % k, 5)) for k in range(3)]
    consumers = [Process(target=consumer, args=(q, results)) for k in range(2)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()
    for c in consumers:
        q.put(None)
    for c in consumers:
        c.join()
    counts = [results.get() for c in consumers]
    print('items consumed:', sum(c for c, t in counts), 'sum of squares:', sum(t for c, t in counts))
    print('exit codes:', [p.exitcode for p in producers + consumers])

    jq = JoinableQueue()
    done = Queue()
    for k in range(2):
        c = Process(target=joinable_consumer, args=(jq, done), daemon=True)
        c.start()
    for i in range(6):
        jq.put(('job', i))
    jq.join()                           # returns once every item was task_done()
    print('all tasks done:', sorted(done.get() for i in range(6)))
    print('queue empty:', jq.empty(), done.empty())

    small = Queue(2)
    small.put(1)
    small.put(2)
    print('full:', small.full())
    try:
        small.put(3, timeout=0.05)
    except Exception as e:
        print('put on a full queue:', type(e).__name__)
    print(small.get(), small.get())
    try:
        small.get(block=False)
    except Exception as e:
        print('get on an empty queue:', type(e).__name__)
