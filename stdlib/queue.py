# queue -- synchronized queues for passing items between threads.
#
# Natives relied on (no new ones; everything goes through threading):
#   threading.Lock / threading.Condition   (_thread.allocate_lock underneath)
#   time.monotonic()                       deadlines for timed put/get
#
# Queue follows CPython's design: one mutex and three conditions sharing it,
# not_empty (get waits on it), not_full (put waits on it) and all_tasks_done
# (join waits on it).  Subclasses only change the container, through
# _init/_qsize/_put/_get.  There is no collections.deque or heapq here, so
# the FIFO container and the heap are defined below.

import threading
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class _Deque:
    # A FIFO over a list: popleft() advances a head index instead of shifting
    # the list, and the consumed prefix is dropped once it is half the list.
    # Not thread-safe by itself: the queues use it under their mutex.

    def __init__(self):
        self._items = []
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def popleft(self):
        if self._head >= len(self._items):
            raise IndexError('pop from an empty deque')
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head * 2 >= len(self._items):
            self._items = self._items[self._head:]
            self._head = 0
        return item

    def clear(self):
        self._items = []
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __contains__(self, item):
        return item in self._items[self._head:]

    def __repr__(self):
        return 'deque(%r)' % (self._items[self._head:],)


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete: one call for
        each item fetched by get(), so that join() knows when to return.'''
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
            if unfinished == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        '''Block until every item put in the queue has been processed
        (task_done() called for it).'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.  If the queue is full, wait (at most
        timeout seconds when timeout is not None) unless block is false;
        raise Full if no slot became free.'''
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    endtime = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.  If it is empty, wait
        (at most timeout seconds when timeout is not None) unless block is
        false; raise Empty if no item arrived.'''
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                endtime = _time() + timeout
                while not self._qsize():
                    remaining = endtime - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''Put an item into the queue without blocking (or raise Full).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item without blocking (or raise Empty).'''
        return self.get(block=False)

    # The container; override these four to change the order of retrieval.
    # They are called with the mutex held.

    def _init(self, maxsize):
        self.queue = _Deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    '''Retrieve the lowest entry first (entries are typically tuples of the
    form (priority number, data)).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    '''Retrieve the most recently added entry first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded FIFO queue, without task tracking.'''

    def __init__(self):
        self._queue = _Deque()
        self._mutex = threading.Lock()
        self._not_empty = threading.Condition(self._mutex)

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue; never blocks (block and timeout are
        accepted for compatibility with Queue.put).'''
        with self._mutex:
            self._queue.append(item)
            self._not_empty.notify()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        '''Remove and return an item, waiting as Queue.get does.'''
        with self._not_empty:
            if not block:
                if not self._queue:
                    raise Empty
            elif timeout is None:
                while not self._queue:
                    self._not_empty.wait()
            else:
                _check_timeout(timeout)
                endtime = _time() + timeout
                while not self._queue:
                    remaining = endtime - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self._not_empty.wait(remaining)
            return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        '''Return True if the queue is empty (not reliable!).'''
        with self._mutex:
            return not self._queue

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self._mutex:
            return len(self._queue)


# CPython's name for its pure-Python SimpleQueue (its test suite uses it).
_PySimpleQueue = SimpleQueue


# ---------------------------------------------------------------------------
# A binary min-heap on a list: heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2].
# Items are compared with < only.  The sifting follows heapq's algorithm step
# for step, so that items that compare equal come out in the same order as
# with CPython's PriorityQueue.

def _sift_toward_root(heap, top, pos):
    # The item at pos may be smaller than its parents: move it up, but not
    # above index top.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # The item at pos may be larger than its children.  Like heapq, first
    # move the smaller child up at every level down to a leaf (no comparison
    # with the item itself), then put the item there and let it rise back.
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, top, pos)


def _heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def _heappop(heap):
    last = heap.pop()               # IndexError on an empty heap, like heapq
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return smallest
