# greenlet: explicit switching. Ping and pong hand a ball back and forth with switch(), the
# values passed through switch() come out of the other side's switch(); a finished greenlet's
# return value goes to its parent; exceptions and GreenletExit; switching across threads.
import threading
from greenlet import greenlet, getcurrent, GreenletExit, error

log = []


def ping(n):
    ball = 0
    for i in range(n):
        ball = pong_g.switch(ball + 1)
        log.append(('ping got', ball))
    return 'ping done with %d' % ball


def pong(ball):
    while True:
        log.append(('pong got', ball))
        ball = ping_g.switch(ball * 10)


main = getcurrent()
ping_g = greenlet(ping)
pong_g = greenlet(pong)
print('main is a greenlet:', isinstance(main, greenlet), 'parent:', main.parent)
print('before start: dead', ping_g.dead, 'active', bool(ping_g))
result = ping_g.switch(3)
print('result returned to the parent:', result)
for entry in log:
    print(*entry)
print('ping dead:', ping_g.dead, '| pong dead:', pong_g.dead, '| pong active:', bool(pong_g))

# kill pong: throw() raises GreenletExit inside it; the parent gets the exception object
r = pong_g.throw()
print('throw returned a', type(r).__name__, '| pong dead:', pong_g.dead)

# switch() packing rules
def echo(*args, **kwargs):
    while True:
        args, kwargs = (), {}
        got = main.switch('ready')
        print('echo got', repr(got))
        main.switch(got)


e = greenlet(echo)
print(e.switch())
print(e.switch(1), '/', e.switch(), '/', e.switch(1, 2), '/', e.switch(a=1), '/', e.switch(1, b=2))

# an exception escaping run() is raised in the parent
def fails():
    raise KeyError('lost')


try:
    greenlet(fails).switch()
except KeyError as exc:
    print('parent caught', repr(exc))

# a child whose parent is another greenlet returns there
def child():
    return 'from child to its parent'


def middle():
    c = greenlet(child, parent=getcurrent())
    got = c.switch()
    return 'middle saw: ' + got


print(greenlet(middle).switch())

# the cyclic parent chain is refused
a = greenlet(lambda: None)
b = greenlet(lambda: None, parent=a)
try:
    a.parent = b
except ValueError as exc:
    print('ValueError:', exc)

# greenlets belong to a thread
g = greenlet(lambda: 'never')
box = []


def other_thread():
    try:
        g.switch()
    except error as exc:
        box.append('greenlet.error: %s' % exc)


t = threading.Thread(target=other_thread)
t.start()
t.join()
print(box[0])
print('same thread for threading:', threading.current_thread().name)
