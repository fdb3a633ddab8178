# Pipe request/response between processes: a child serves requests until the
# other end is closed in every process (EOFError), then exits.
from multiprocessing import Process, Pipe


def server(conn, other_end):
    other_end.close()                   # the child's copy of the parent's end
    served = 0
    while True:
        try:
            op, a, b = conn.recv()
        except EOFError:
            break
        if op == 'add':
            conn.send(a + b)
        elif op == 'concat':
            conn.send([a, b, a + b])
        else:
            conn.send(ValueError('unknown op %r' % op))
        served += 1
    conn.close()
    print('server served', served, 'requests', flush=True)


if __name__ == '__main__':
    server_end, client_end = Pipe()
    p = Process(target=server, args=(server_end, client_end))
    p.start()
    server_end.close()                  # the parent's copy of the server's end
    # flush=True: the child prints too, and the order on a shared pipe should not
    # depend on buffering
    client_end.send(('add', 10, 20))
    print(client_end.recv(), flush=True)
    client_end.send(('concat', 'ab', 'cd'))
    print(client_end.recv(), flush=True)
    client_end.send(('pow', 2, 3))
    reply = client_end.recv()
    print(type(reply).__name__, reply, flush=True)
    print('poll with nothing sent:', client_end.poll(0.01), flush=True)
    client_end.close()
    p.join()
    print('server exit code', p.exitcode)

    r, w = Pipe(duplex=False)
    w.send({'k': [1, 2, (3, 4)]})
    w.close()
    print(r.recv())
    try:
        r.recv()
    except EOFError:
        print('EOFError after the writer closed')
    try:
        r.send(1)
    except OSError as e:
        print('OSError:', e)
