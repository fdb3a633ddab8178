# Condition: a consumer waits until the producer has put an item in the list.
import threading
import time

items = []
cond = threading.Condition()
DONE = None


def producer():
    for i in range(5):
        time.sleep(0.01)
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        items.append(DONE)
        cond.notify()


def consumer(out):
    while True:
        with cond:
            while not items:
                cond.wait()
            item = items.pop(0)
        if item is DONE:
            break
        out.append(item * item)


out = []
c = threading.Thread(target=consumer, args=(out,))
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print('consumed:', out)

# wait_for with a predicate, and notify_all waking every waiter.
cond = threading.Condition(threading.Lock())
state = {'go': False}
woken = []


def waiter(i):
    with cond:
        ok = cond.wait_for(lambda: state['go'], 2)
        woken.append((i, ok))


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
time.sleep(0.1)
with cond:
    state['go'] = True
    cond.notify_all()
for w in ws:
    w.join()
print('woken:', sorted(woken))

# Timeouts: wait() returns False, wait_for() returns the predicate's value.
with cond:
    print('wait ->', cond.wait(0.05))
    print('wait_for ->', cond.wait_for(lambda: 0, 0.05))
    print('wait_for true ->', cond.wait_for(lambda: 'yes', 0.05))

# notify(n) wakes at most n waiters.
count = {'n': 0, 'waiting': 0}
cond2 = threading.Condition()


def sleeper():
    with cond2:
        count['waiting'] += 1       # counted and waiting under the same lock
        if cond2.wait(5):
            count['n'] += 1


ss = [threading.Thread(target=sleeper) for i in range(3)]
for s in ss:
    s.start()
while True:
    with cond2:
        if count['waiting'] == 3:   # all three are inside wait()
            cond2.notify(2)
            break
    time.sleep(0.01)
while True:
    with cond2:
        if count['n'] == 2:
            break
    time.sleep(0.01)
time.sleep(0.05)
with cond2:
    print('notify(2) woke:', count['n'])
    cond2.notify()
for s in ss:
    s.join()
print('notify() woke the last one:', count['n'])

try:
    cond2.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond2.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
