# Timer: run a function later, unless cancelled first.
import threading
import time

fired = []


def hello(who, punct='!'):
    fired.append('hello ' + who + punct)


t1 = threading.Timer(0.1, hello, args=['world'])
print(t1.name.startswith('Thread-'), t1.interval, t1.is_alive())
begin = time.monotonic()
t1.start()
t1.join()
print('fired after the interval:', time.monotonic() - begin >= 0.1, fired)

t2 = threading.Timer(0.1, hello, ['nobody'])
t3 = threading.Timer(0.05, hello, ('kwargs',), {'punct': '?'})
t2.start()
t3.start()
t2.cancel()
print('started t2 and t3, cancelled t2')
t2.join()
t3.join()
print(fired)
print(t1.is_alive(), t2.is_alive(), t2.finished.is_set())

# Cancelling after it fired has no effect.
t4 = threading.Timer(0.01, hello, ['again'])
t4.start()
t4.join()
t4.cancel()
print(fired[-1], len(fired))
