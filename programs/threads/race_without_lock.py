# A lost update: 100 threads each read x, sleep, then write back x - 1.
# Every thread reads before any writes, so all but one decrement is lost.
import threading
import time

x = 100


def task():
    global x
    temp = x
    time.sleep(0.2)         # long enough for all 100 threads to read x first
    x = temp - 1


threads = []
for i in range(100):
    t = threading.Thread(target=task)
    t.start()
    threads.append(t)
for t in threads:
    t.join()
print(x)
print(threading.active_count())
