# At exit the interpreter waits for non-daemon threads only: the daemon
# thread is still sleeping when the program ends, so its last print never
# runs, while the non-daemon worker finishes after the main thread's last
# line.
import threading
import time

daemon_started = threading.Event()
main_done = threading.Event()


def daemon_work():
    print('daemon started')
    daemon_started.set()
    time.sleep(1.5)
    print('daemon finished (never printed)')


def worker():
    main_done.wait()
    time.sleep(0.1)
    print('worker finished')


d = threading.Thread(target=daemon_work, daemon=True)
d.start()
daemon_started.wait()
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
main_done.set()
