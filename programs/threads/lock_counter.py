# A Lock makes read-modify-write sequences atomic: no update is lost.
import threading
import time

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1


def add_slowly():
    global counter
    lock.acquire()
    try:
        temp = counter
        time.sleep(0.001)
        counter = temp + 1
    finally:
        lock.release()


threads = [threading.Thread(target=add, args=(1000,)) for i in range(10)]
threads += [threading.Thread(target=add_slowly) for i in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('counter', counter)

# Non-blocking and timed acquires of a lock that is held.
print(lock.locked())
lock.acquire()
print(lock.locked(), lock.acquire(False), lock.acquire(True, 0.05))
result = []
t = threading.Thread(target=lambda: result.append(lock.acquire(timeout=0.05)))
t.start()
t.join()
print('other thread got it:', result[0])
lock.release()
print(lock.locked())

# A plain lock may be released by a thread that did not acquire it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print('released by another thread:', not lock.locked())

try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.Lock is threading.Lock, type(lock) is type(threading.Lock()))
