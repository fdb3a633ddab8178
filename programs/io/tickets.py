# Ticket booking on a JSON file guarded by a lock: several threads read the file, decide, and
# write it back; the lock makes each read-modify-write atomic, so no ticket is sold twice.
import json
import os
import tempfile
import threading
import time

db = os.path.join(tempfile.mkdtemp(), 'tickets.json')
with open(db, 'w', encoding='utf-8') as f:
    json.dump({'event': 'concert', 'left': 5, 'sold': []}, f)

lock = threading.Lock()
results = {}


def book(name):
    with lock:
        with open(db, encoding='utf-8') as f:
            state = json.load(f)
        time.sleep(0.001)          # the "network delay" of the original example
        if state['left'] > 0:
            state['left'] -= 1
            state['sold'].append(name)
            with open(db, 'w', encoding='utf-8') as f:
                json.dump(state, f, indent=2, sort_keys=True)
            results[name] = 'booked'
        else:
            results[name] = 'sold out'


names = ['buyer-%02d' % i for i in range(12)]
threads = [threading.Thread(target=book, args=(n,)) for n in names]
for t in threads:
    t.start()
for t in threads:
    t.join()

with open(db, encoding='utf-8') as f:
    final = json.load(f)
print('left:', final['left'])
print('sold:', len(final['sold']), 'distinct:', len(set(final['sold'])))
print('booked:', sum(1 for r in results.values() if r == 'booked'))
print('sold out:', sum(1 for r in results.values() if r == 'sold out'))
print('file and results agree:', sorted(final['sold']) == sorted(n for n, r in results.items() if r == 'booked'))
with open(db, encoding='utf-8') as f:
    text = f.read()
print(text.splitlines()[0], text.splitlines()[1], '...', text.splitlines()[-1])
print(json.dumps({'event': final['event'], 'left': final['left']}, sort_keys=True))

# bad input is a Python error
with open(db, 'w') as f:
    f.write('{"left": 3,,}')
try:
    with open(db) as f:
        json.load(f)
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
    print(isinstance(e, ValueError), e.lineno, e.colno, e.pos)

os.remove(db)
os.rmdir(os.path.dirname(db))
print('removed:', not os.path.exists(db))
