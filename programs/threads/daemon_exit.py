# At exit the interpreter waits for non-daemon threads only: the daemon
# thread is still sleeping when the program ends, so its print never runs.
import threading
import time


def daemon_work():
    print('daemon started')
    time.sleep(1.0)
    print('daemon finished (never printed)')


def worker():
    time.sleep(0.2)
    print('worker finished')


d = threading.Thread(target=daemon_work, daemon=True)
d.start()
time.sleep(0.05)
w = threading.Thread(target=worker)
w.start()
print('daemon flags:', d.daemon, w.daemon, threading.current_thread().daemon)

# Threads inherit the daemon flag of the thread that creates them.
inherited = []


def make_child():
    inherited.append(threading.Thread(target=print).daemon)


t = threading.Thread(target=make_child, daemon=True)
t.start()
t.join()
t = threading.Thread(target=make_child)
t.start()
t.join()
print('inherited:', inherited)

late = threading.Thread(target=print)
late.setDaemon(True)
print('setDaemon:', late.isDaemon())
try:
    d.daemon = False
except RuntimeError as e:
    print('RuntimeError:', e)
print('main finished')
