# Exit codes as CPython's: 0, sys.exit(n) -> n, an uncaught exception -> 1
# (traceback on stderr), terminate() -> -15 even in a pure-Python busy loop,
# kill() -> -9; a daemon process ends when the main program ends.
import multiprocessing as mp
import sys
import time


def busy():
    n = 0
    while True:
        n += 1


def sleeper():
    time.sleep(60)


def exits(code):
    sys.exit(code)


def raises():
    raise RuntimeError('uncaught in the child')


def daemon_task():
    time.sleep(5)
    print('a daemon never gets here', flush=True)


if __name__ == '__main__':
    for target, args in [(exits, (0,)), (exits, (3,)), (exits, (None,)), (raises, ())]:
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
        print(target.__name__, args, '->', p.exitcode)

    p = mp.Process(target=busy)
    p.start()
    time.sleep(0.2)
    print('busy alive:', p.is_alive(), 'exitcode', p.exitcode)
    p.terminate()
    p.join(timeout=5)
    print('after terminate:', p.is_alive(), p.exitcode)
    print(repr(p).split(' pid=')[0], repr(p).split(' ')[-1])

    p = mp.Process(target=sleeper)
    p.start()
    time.sleep(0.1)
    p.kill()
    p.join()
    print('after kill:', p.exitcode)

    p = mp.Process(target=sleeper)
    p.start()
    p.join(timeout=0.1)
    print('join(timeout) returned, still alive:', p.is_alive(), p.exitcode)
    p.terminate()
    p.join()
    print('terminated:', p.exitcode)

    try:
        p.start()
    except AssertionError as e:
        print('start twice:', e)
    try:
        mp.Process(target=busy).join()
    except AssertionError as e:
        print('join before start:', e)

    d = mp.Process(target=daemon_task, daemon=True)
    d.start()
    print('daemon started:', d.daemon, d.is_alive())
    print('main program ends')
