# logging from several threads: each record carries its thread name; handlers hold a lock around
# emit, so lines never interleave. No times in the format, so the output is deterministic.
import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format='%(levelname)-7s [%(threadName)s] %(name)s: %(message)s')
log = logging.getLogger('shop')

stock = {'apple': 3, 'pear': 1}
stock_lock = threading.Lock()


def customer(item, turn):
    turn.wait()
    with stock_lock:
        if stock[item] > 0:
            stock[item] -= 1
            log.info('bought one %s, %d left', item, stock[item])
        else:
            log.warning('no %s left', item)


events = []
threads = []
for i, item in enumerate(['apple', 'pear', 'pear', 'apple']):
    ev = threading.Event()
    events.append(ev)
    threads.append(threading.Thread(target=customer, args=(item, ev), name='customer-%d' % i))
for t in threads:
    t.start()
for ev, t in zip(events, threads):   # one customer at a time: a deterministic order
    ev.set()
    t.join()

log.debug('stock is now %s', stock)
child = logging.getLogger('shop.audit')
child.setLevel(logging.WARNING)
child.info('not shown: below the level of shop.audit')
child.error('audit found %d problems', 0)
print('effective levels:', log.getEffectiveLevel(), child.getEffectiveLevel(), logging.getLogger().level)

# many threads logging at once: every line arrives whole
counter = logging.getLogger('counter')
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(threadName)s %(message)s'))
records = []


class Collect(logging.Handler):
    def emit(self, record):
        records.append(record.getMessage())


counter.addHandler(Collect())
counter.propagate = False


def burst(n):
    for i in range(50):
        counter.info('worker %d record %d', n, i)


workers = [threading.Thread(target=burst, args=(n,), name='w%d' % n) for n in range(6)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print('records collected:', len(records), 'distinct:', len(set(records)))

class ShortTraceback(logging.Formatter):
    def formatException(self, ei):   # the last line only: paths differ between interpreters
        return '%s: %s' % (ei[0].__name__, ei[1])


errors = logging.getLogger('shop.errors')
errors.propagate = False
eh = logging.StreamHandler(sys.stdout)
eh.setFormatter(ShortTraceback('%(levelname)s %(funcName)s:%(lineno)d %(message)s'))
errors.addHandler(eh)


def lookup():
    try:
        raise KeyError('missing')
    except KeyError:
        errors.exception('lookup failed')


lookup()
logging.getLogger('shop').critical('done')
