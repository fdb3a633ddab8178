# Event: threads wait for a flag that another thread sets.
import threading
import time

start = threading.Event()
results = []
lock = threading.Lock()


def runner(i):
    start.wait()
    with lock:
        results.append(i)


threads = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
time.sleep(0.1)
print('before set:', results, start.is_set())
start.set()
for t in threads:
    t.join()
print('after set:', sorted(results), start.is_set(), start.isSet())

# wait() returns the flag: False on timeout, True once set.
e = threading.Event()
print('timeout ->', e.wait(0.05))
print('zero timeout ->', e.wait(0))
threading.Timer(0.1, e.set).start()
print('set later ->', e.wait(2))
print('already set ->', e.wait())
e.clear()
print('cleared:', e.is_set(), e.wait(0.01))


# A car checks a red light again and again (wait with a timeout) until it
# turns green; the main thread turns it green once the car has waited twice.
light = threading.Event()
red_twice = threading.Event()
tries = []


def car():
    n = 0
    while not light.wait(0.05):
        n += 1
        if n == 2:
            red_twice.set()
    tries.append(n)


c = threading.Thread(target=car)
c.start()
red_twice.wait()
light.set()
c.join()
print('car went after waiting at least twice:', tries[0] >= 2)
