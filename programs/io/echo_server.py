# A thread-per-client echo server on 127.0.0.1 (ephemeral port) and its clients, in one program.
# Every blocking accept/recv/send releases the GIL, so the clients and handlers interleave freely;
# the output is printed after the joins, in a fixed order.
import socket
import threading

N_CLIENTS = 8
N_MESSAGES = 5

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(('127.0.0.1', 0))
server.listen(N_CLIENTS)
host, port = server.getsockname()
print('listening on', host, 'port is an int:', isinstance(port, int) and port > 0)

served = []
served_lock = threading.Lock()


def handle(conn, addr):
    total = 0
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            total += len(data)
            conn.sendall(b'echo:' + data)
    with served_lock:
        served.append(total)


def accept_loop():
    handlers = []
    for _ in range(N_CLIENTS):
        conn, addr = server.accept()
        assert addr[0] == '127.0.0.1'
        t = threading.Thread(target=handle, args=(conn, addr))
        t.start()
        handlers.append(t)
    for t in handlers:
        t.join()


replies = {}


def client(i):
    got = []
    with socket.create_connection(('127.0.0.1', port)) as s:
        for j in range(N_MESSAGES):
            msg = ('client %d message %d' % (i, j)).encode()
            s.sendall(msg)
            expected = b'echo:' + msg
            buf = b''
            while len(buf) < len(expected):
                chunk = s.recv(1024)
                if not chunk:
                    break
                buf += chunk
            got.append(buf.decode())
    replies[i] = got


acceptor = threading.Thread(target=accept_loop, name='acceptor')
acceptor.start()
clients = [threading.Thread(target=client, args=(i,), name='client-%d' % i) for i in range(N_CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
acceptor.join()
server.close()

for i in range(N_CLIENTS):
    print(i, replies[i][0], '...', replies[i][-1], len(replies[i]))
print('bytes served per connection:', sorted(served))
print('all replies correct:', all(replies[i][j] == 'echo:client %d message %d' % (i, j)
                                  for i in range(N_CLIENTS) for j in range(N_MESSAGES)))

# errors are Python exceptions
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print('after close:', type(e).__name__, e)
s = socket.socket()
s.close()
try:
    s.send(b'x')
except OSError as e:
    print('closed socket:', e)
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(1)
s.settimeout(0.05)
try:
    s.accept()
except socket.timeout as e:
    print('accept:', type(e).__name__, e)
s.close()
