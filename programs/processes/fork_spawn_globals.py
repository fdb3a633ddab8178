# Processes do not share memory: a child gets a copy of the parent's state
# (fork: as it is at start(); spawn: by re-running the main script as
# __mp_main__, so what the __main__ guard sets is not there), and what a child
# changes is invisible to the parent.
import multiprocessing as mp
import os

counter = 0
items = ['module level']


def show(tag, q):
    items.append('child ' + tag)
    q.put((tag, counter, list(items), __name__, os.getpid() != os.getppid()))


def bump():
    global counter
    counter += 100
    items.append('bumped')


if __name__ == '__main__':
    counter = 5                      # set under the guard: a spawned child never sees it
    items.append('main guard')
    for method in ('fork', 'spawn'):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=show, args=(method, q))
        p.start()
        print(q.get())
        p.join()
        print(method, 'exit code', p.exitcode, 'name', p.name)
    counter = 7                      # changed after the first children: the next fork sees 7
    p = mp.Process(target=show, args=('fork again', q))
    p.start()
    print(q.get())
    p.join()
    p = mp.Process(target=bump)
    p.start()
    p.join()
    print('parent after the child bumped:', counter, items)
    print('start method:', mp.get_start_method())
