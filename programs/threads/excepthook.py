# Uncaught exceptions in threads go to threading.excepthook; the default one
# prints to stderr (not checked here), a custom one can do anything.
import threading
import time


def boom():
    raise ValueError('boom')


def leave():
    raise SystemExit(3)


t = threading.Thread(target=boom, name='noisy')
t.start()
t.join()
print('after default hook, alive:', t.is_alive())

caught = []


def my_hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value),
                   args.thread.name, args.exc_traceback is not None))


original = threading.excepthook
threading.excepthook = my_hook
for target, name in ((boom, 'first'), (leave, 'second')):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
print(caught)
threading.excepthook = original
print(threading.excepthook is threading.__excepthook__)

# SystemExit is silent with the default hook too.
t = threading.Thread(target=leave)
t.start()
t.join()
print('SystemExit ignored')

# A thread that fails does not disturb the others.
results = []


def maybe_fail(i):
    time.sleep(0.01)
    if i == 1:
        raise KeyError(i)
    results.append(i)


threading.excepthook = lambda args: results.append('hook %r' % args.exc_value)
ts = [threading.Thread(target=maybe_fail, args=(i,)) for i in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(sorted(results, key=str))
