# multiprocessing.Pool: map, starmap, imap, apply, apply_async with callback
# and error_callback, and an exception raised in a worker re-raised by get().
from multiprocessing import Pool, current_process
import time


def square(x):
    return x * x


def power(x, y):
    return x ** y


def worker_name(x):
    time.sleep(0.02)
    return current_process().name


def fails(x):
    if x == 3:
        raise ValueError('bad input %d' % x)
    return x


if __name__ == '__main__':
    collected = []
    with Pool(processes=2) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(power, [(2, 5), (3, 3), (10, 2)]))
        print(list(pool.imap(square, [4, 5, 6])))
        print(sorted(pool.imap_unordered(square, [7, 8, 9])))
        print(pool.apply(power, (2, 10)))
        results = [pool.apply_async(square, (i,), callback=collected.append) for i in range(5)]
        print([r.get(timeout=10) for r in results])
        print('all ready:', all(r.ready() for r in results), all(r.successful() for r in results))
        errors = []
        r = pool.apply_async(fails, (3,), error_callback=errors.append)
        r.wait()
        print('successful:', r.successful())
        try:
            r.get()
        except ValueError as e:
            print('get() re-raised:', repr(e))
        print('error_callback got:', errors)
        try:
            pool.map(fails, range(5))
        except ValueError as e:
            print('map() re-raised:', e)
        print('workers:', sorted(set(pool.map(worker_name, range(8)))))
    print('callback collected:', sorted(collected))
    pool = Pool(3)
    async_results = [pool.apply_async(power, (i, 2)) for i in range(6)]
    pool.close()
    pool.join()
    print([r.get() for r in async_results])
    try:
        pool.apply(square, (1,))
    except ValueError as e:
        print('after close:', e)
