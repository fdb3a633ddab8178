# A gevent echo server with patched sockets: after monkey.patch_all(), the plain socket and
# threading APIs become cooperative. The server accepts in one greenlet, serves each
# connection in its own greenlet; the clients are threading.Thread objects, which are
# greenlets too now. Everything runs on one thread; replies are checked, not timed.
from gevent import monkey
monkey.patch_all()

import socket
import threading
import time
import gevent

N_CLIENTS = 10
MESSAGES = 5
served = []


def handle(conn, addr):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())
    served.append(addr)


def server(listener, n):
    handlers = []
    for _ in range(n):
        conn, addr = listener.accept()
        handlers.append(gevent.spawn(handle, conn, addr))
    gevent.joinall(handlers)


def client(i, port, results):
    s = socket.create_connection(('127.0.0.1', port))
    replies = []
    for k in range(MESSAGES):
        msg = 'client %d message %d' % (i, k)
        s.sendall(msg.encode())
        replies.append(s.recv(1024).decode() == msg.upper())
        time.sleep(0.001 * (i % 3))      # patched: lets the others run
    s.close()
    results[i] = all(replies)


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(('127.0.0.1', 0))
listener.listen(50)
port = listener.getsockname()[1]
srv = gevent.spawn(server, listener, N_CLIENTS)
results = {}
threads = [threading.Thread(target=client, args=(i, port, results)) for i in range(N_CLIENTS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
srv.join()
listener.close()
print('clients finished:', len(results))
print('every reply correct:', all(results.values()))
print('connections served:', len(served))
print('socket class is cooperative:', type(listener).__module__.startswith('gevent'))
print('threads seen by threading:', threading.active_count())
