# File modes, seek/tell, iteration, context managers, errors (in a temporary directory).
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'notes.txt')

with open(p, 'w', encoding='utf-8') as f:
    print(type(f).__name__, f.mode, f.name == p, f.closed, f.writable(), f.readable())
    f.write('first line\n')
    f.writelines(['second line\n', 'third: caf\u00e9\n'])
    print(f.write('no newline'), f.tell())
print('closed after with:', f.closed)

with open(p) as f:
    print(repr(f.readline()))
    print(f.tell())
    for line in f:
        print('iter:', repr(line))

with open(p, encoding='utf-8') as f:
    print(repr(f.read(5)), f.tell(), repr(f.read(6)))
    f.seek(0)
    print(f.readlines())
    print(repr(f.read()), f.tell(), os.path.getsize(p))

with open(p, 'a') as f:
    f.write('\nappended')
with open(p, 'r+') as f:
    f.write('FIRST')
    f.seek(0, 2)
    f.write('!')
print(open(p).read().splitlines())

b = os.path.join(d, 'data.bin')
with open(b, 'wb') as f:
    print(type(f).__name__, f.mode, f.write(bytes(range(10))), f.write(b'\n\xff'))
with open(b, 'rb') as f:
    print(f.read(3), f.tell(), f.seek(-2, 2), f.read(), f.seek(4), f.read(2))
with open(b, 'r+b') as f:
    print(type(f).__name__, f.mode)
    f.seek(2)
    f.write(b'XY')
    f.seek(0)
    print(f.read())
with open(b, 'ab') as f:
    print(f.tell())

# newline handling
q = os.path.join(d, 'crlf.txt')
with open(q, 'w', newline='') as f:
    f.write('a\r\nb\rc\n')
print(open(q).readlines(), open(q, newline='').readlines(), open(q, 'rb').read())

# a file closes when its last reference goes
f = open(os.path.join(d, 'temp.txt'), 'w')
f.write('written by the finalizer')
f = None
print(open(os.path.join(d, 'temp.txt')).read())

# errors
for args in [(os.path.join(d, 'missing.txt'),), (d,), (p, 'rw'), (p, 'z'), (p, 'rb', -1, 'utf-8'), (p, 'x')]:
    try:
        open(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, str(e).replace(d, 'DIR'))
with open(p) as f:
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open(p, 'wb').write('text')
except TypeError as e:
    print(e)
try:
    open(p, 'w').write(b'bytes')
except TypeError as e:
    print(e)

# os and os.path
print(sorted(os.listdir(d)))
print(os.path.basename(p), os.path.splitext(p)[1], os.path.dirname(p) == d, os.path.exists(p), os.path.isfile(d), os.path.isdir(d))
os.rename(q, q + '.old')
os.remove(q + '.old')
try:
    os.remove(q)
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == q)
sub = os.path.join(d, 'a', 'b')
os.makedirs(sub)
os.makedirs(sub, exist_ok=True)
try:
    os.mkdir(sub)
except FileExistsError as e:
    print('FileExistsError', e.errno)
print(os.path.join('a', 'b', 'c'), os.path.join('/x', '/y'), os.path.normpath('a/./b/../c'), os.path.split('/a/b/c.txt'))
for name in sorted(os.listdir(d), reverse=True):
    full = os.path.join(d, name)
    if os.path.isfile(full):
        os.remove(full)
os.rmdir(sub)
os.rmdir(os.path.join(d, 'a'))
os.rmdir(d)
print('cleaned up:', not os.path.exists(d))
