# Default thread names, reprs in each state, and the module-level queries.
# Thread idents vary from run to run, so they are replaced by IDENT.
import threading
import time
import _thread


def show(t):
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), 'IDENT')
    print(r)


gate = threading.Event()           # the threads below run until it is set


def task():
    gate.wait()


class Worker(threading.Thread):
    def run(self):
        gate.wait()


class Callable:
    def __call__(self):
        pass


main = threading.main_thread()
show(main)
print(main.name, main is threading.current_thread(), main.ident == threading.get_ident())

t1 = threading.Thread(target=task)
t2 = Worker()
t3 = threading.Thread(target=task, name='custom')
t4 = threading.Thread(target=task, daemon=True)
t5 = threading.Thread(target=Callable())
t6 = threading.Thread(target=task, name=42)
for t in (t1, t2, t3, t4, t5, t6):
    show(t)
print(t6.name == '42', t1.ident, t1.native_id, t1.is_alive())

t1.start()
t2.start()
t4.start()
show(t1)
show(t2)
show(t4)
print(t1.ident == t1.ident and isinstance(t1.ident, int), isinstance(t1.native_id, int))
print('active:', threading.active_count(), len(threading.enumerate()))
names = sorted(t.name for t in threading.enumerate())
print(names)
gate.set()
t1.join()
t2.join()
t4.join()
show(t1)
show(t4)
print('active:', threading.active_count())

t1.name = 'renamed'
t2.setName('also renamed')
print(t1.name, t2.getName())
print(hasattr(t1, 'isAlive'), t1.is_alive())

# Joins: timeouts, and the errors.
gate2 = threading.Event()
slow = threading.Thread(target=gate2.wait)
try:
    slow.join()
except RuntimeError as e:
    print('RuntimeError:', e)
slow.start()
slow.join(0.05)
print('alive after join(0.05):', slow.is_alive())
gate2.set()
slow.join()
print('alive after join():', slow.is_alive())
try:
    slow.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)

# A thread started with _thread directly gets a _DummyThread object.
seen = []
done = threading.Event()


def raw():
    t = threading.current_thread()
    seen.append((type(t).__name__, t.name.startswith('Dummy-'), t.daemon,
                 t is threading.current_thread()))
    done.set()


_thread.start_new_thread(raw, ())
done.wait()
print(seen)
print(threading.currentThread() is threading.current_thread(),
      threading.activeCount() == threading.active_count())
print(threading.get_native_id() == main.native_id)
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError)
