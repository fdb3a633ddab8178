# concurrent.futures.ProcessPoolExecutor: submit, map (with chunksize),
# add_done_callback, as_completed, wait, an exception crossing the process
# boundary, and submit after shutdown.
from concurrent.futures import ProcessPoolExecutor, as_completed, wait, ALL_COMPLETED
import threading


def cube(x):
    return x ** 3


def check(x):
    if x < 0:
        raise KeyError('negative: %d' % x)
    return x


if __name__ == '__main__':
    done_log = []
    lock = threading.Lock()

    def on_done(fut):
        with lock:
            done_log.append(fut.result())

    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, range(8))))
        print(list(ex.map(cube, range(10), chunksize=4)))
        futures = [ex.submit(cube, i) for i in range(5)]
        for f in futures:
            f.add_done_callback(on_done)
        print(sorted(f.result() for f in as_completed(futures)))
        done, not_done = wait(futures, return_when=ALL_COMPLETED)
        print(len(done), len(not_done))
        bad = ex.submit(check, -5)
        try:
            bad.result()
        except KeyError as e:
            print('result() re-raised:', repr(e))
        print('exception():', repr(bad.exception()), bad.done())
        late = ex.submit(cube, 3)
        late.result()
        seen = []
        late.add_done_callback(lambda f: seen.append(f.result()))
        print('callback on a finished future runs at once:', seen)
    print('callbacks saw:', sorted(done_log))
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print('after shutdown:', e)
