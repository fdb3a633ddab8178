# Timer: run a function later, unless cancelled first.
import threading
import time

fired = []


def hello(who, punct='!'):
    fired.append('hello ' + who + punct)
    print('hello', who + punct)


t1 = threading.Timer(0.2, hello, args=['world'])
t2 = threading.Timer(0.1, hello, ['nobody'])
t3 = threading.Timer(0.05, hello, ('kwargs',), {'punct': '?'})
print(t1.name.startswith('Thread-'), t1.interval, t1.is_alive())
t1.start()
t2.start()
t3.start()
t2.cancel()
print('started, t2 cancelled')
t1.join()
t2.join()
t3.join()
print(fired)
print(t1.is_alive(), t2.is_alive(), t2.finished.is_set())

# Cancelling after it fired has no effect.
t4 = threading.Timer(0.01, hello, ['again'])
t4.start()
time.sleep(0.1)
t4.cancel()
t4.join()
print(len(fired))
