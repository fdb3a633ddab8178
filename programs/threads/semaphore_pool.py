# A Semaphore(3) lets at most three workers into the pool at once.
import threading
import time

pool = threading.Semaphore(3)
state_lock = threading.Lock()
inside = 0
max_inside = 0
done = []


def worker(i):
    global inside, max_inside
    with pool:
        with state_lock:
            inside += 1
            if inside > max_inside:
                max_inside = inside
        time.sleep(0.1)
        with state_lock:
            inside -= 1
            done.append(i)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('max concurrency <= 3:', max_inside <= 3)
print('saw some concurrency:', max_inside > 1)
print('all done:', sorted(done))

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(False), s.acquire(blocking=False))
print('timed out:', s.acquire(timeout=0.05))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    s.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)

# A release from another thread wakes a blocked acquire.
s = threading.Semaphore(0)
threading.Timer(0.05, s.release).start()
print('woken:', s.acquire(timeout=2))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
