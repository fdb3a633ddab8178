# deque's append/appendleft/pop/popleft are atomic: threads can share one
# without a lock and no item is lost or seen twice.
from collections import deque
import threading

N = 500
shared = deque()
taken = []
taken_lock = threading.Lock()
producers_done = threading.Event()


def producer(base):
    for i in range(N):
        if i % 2:
            shared.append(base + i)
        else:
            shared.appendleft(base + i)


def consumer():
    mine = []
    while True:
        try:
            if len(mine) % 2:
                mine.append(shared.pop())
            else:
                mine.append(shared.popleft())
        except IndexError:
            if producers_done.is_set() and not shared:
                break
    with taken_lock:
        taken.extend(mine)


producers = [threading.Thread(target=producer, args=(k * N,)) for k in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
producers_done.set()
for t in consumers:
    t.join()
print('taken:', len(taken), 'unique:', len(set(taken)), 'left:', len(shared))
print('all there:', sorted(taken) == list(range(4 * N)))

# A bounded deque keeps the last maxlen items even with several writers.
recent = deque(maxlen=100)


def writer(base):
    for i in range(300):
        recent.append(base + i)


writers = [threading.Thread(target=writer, args=(k * 300,)) for k in range(4)]
for t in writers:
    t.start()
for t in writers:
    t.join()
print('bounded:', len(recent), recent.maxlen, len(set(recent)))
