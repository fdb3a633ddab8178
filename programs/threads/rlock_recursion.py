# RLock: the owning thread may acquire it again; others wait until it has
# been released as many times as it was acquired.
import threading
import time

rlock = threading.RLock()
log = []


def factorial(n):
    with rlock:
        if n <= 1:
            return 1
        return n * factorial(n - 1)


print('5! =', factorial(5))

rlock.acquire()
rlock.acquire()
print('owned:', rlock._is_owned())


def try_take(label):
    log.append((label, rlock.acquire(False)))


t = threading.Thread(target=try_take, args=('other, held twice:',))
t.start()
t.join()
rlock.release()
t = threading.Thread(target=try_take, args=('other, held once:',))
t.start()
t.join()
rlock.release()
print('owned:', rlock._is_owned())


def take_and_release():
    got = rlock.acquire(timeout=1)
    log.append(('other, after full release:', got))
    rlock.release()


t = threading.Thread(target=take_and_release)
t.start()
t.join()
for entry in log:
    print(*entry)

try:
    rlock.release()
except RuntimeError as e:
    print('RuntimeError:', e)


# Releasing from a thread that does not own it is an error too.
def release_foreign():
    try:
        rlock.release()
    except RuntimeError as e:
        print('in thread, RuntimeError:', e)


rlock.acquire()
t = threading.Thread(target=release_foreign)
t.start()
t.join()
rlock.release()

# Condition.wait on an RLock held three times releases it completely, and
# restores all three levels afterwards.
cond = threading.Condition(threading.RLock())
ready = []


def notifier():
    time.sleep(0.1)
    with cond:                     # only possible if the waiter let go fully
        ready.append(True)
        cond.notify()


with cond:
    with cond:
        with cond:
            threading.Thread(target=notifier).start()
            print('wait ->', cond.wait(2))
            print('ready:', ready)
        print('still owned at level 2:', cond._is_owned())
    print('still owned at level 1:', cond._is_owned())
print('owned after the last exit:', cond._is_owned())
