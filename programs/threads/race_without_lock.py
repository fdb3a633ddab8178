# A lost update: 100 threads each read x, then write back x - 1.  The notes
# put a time.sleep(0.01) between the read and the write; here a Barrier makes
# sure every thread has read x before any thread writes it, so the outcome
# does not depend on timing: 99 of the 100 decrements are lost.
import threading
import time

N = 100
x = N
everyone_has_read = threading.Barrier(N)


def task():
    global x
    temp = x
    everyone_has_read.wait()
    x = temp - 1


threads = []
for i in range(N):
    t = threading.Thread(target=task)
    t.start()
    threads.append(t)
for t in threads:
    t.join()
print('without a lock:', x)

# The same read-sleep-write under a lock loses nothing.
y = N
lock = threading.Lock()


def locked_task():
    global y
    with lock:
        temp = y
        time.sleep(0.001)
        y = temp - 1


threads = [threading.Thread(target=locked_task) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('with a lock:', y)
print('threads left:', threading.active_count())
