# convoy: the convoy effect.  usage: convoy.py [TRIPS] [SPINNERS] [WARMUP] [queue|socket]
# One thread spins on the CPU (SPINNERS of them, default 1; 0 = none, the baseline) while the
# main thread does TRIPS (default 10,000) short blocking round trips with an echo thread:
# put a number on one queue.Queue, wait for it to come back on another.  Each round trip needs
# the GIL twice (the echo thread wakes up, then the main thread does), and each time the GIL
# is held by the spinner.  With CPython's GIL (3.2+) a thread that wakes up waits a whole
# switch interval (5 ms) before it may ask the holder to drop the GIL, so a round trip that
# takes microseconds alone takes about one or two intervals: the convoy effect (Beazley,
# bpo-7946).  minipy's --gil-policy=io-priority lets a thread coming back from a blocking call
# ask for the GIL at once.
# Prints the round-trip median and 99th percentile (ms), the time of the timed trips, and the
# spinner's loop iterations per second during them (how much CPU-bound work still got done).
# WARMUP (default 100) untimed round trips come first.  With `socket` the round trip is a one-byte
# message over a socket.socketpair() to the echo thread and back instead of two queues.
import sys
import threading
import queue
import time

trips = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
spinners = int(sys.argv[2]) if len(sys.argv) > 2 else 1
warmup = int(sys.argv[3]) if len(sys.argv) > 3 else 100
transport = sys.argv[4] if len(sys.argv) > 4 else "queue"

phase = 0   # 0: warm-up, 1: timed round trips, 2: finished
spins = []


def spin():
    n = 0
    while phase == 0:
        n += 1
    start = n
    while phase == 1:
        n += 1
    spins.append(n - start)


def echo(inq, outq):
    while True:
        x = inq.get()
        outq.put(x)
        if x < 0:
            return


class SocketQueue:
    # put/get of small ints over one end of a socketpair (one byte each: 0..255 cycle, 255 = stop)
    def __init__(self, sock):
        self.sock = sock

    def put(self, x):
        self.sock.sendall(bytes([255 if x < 0 else x % 255]))

    def get(self):
        b = self.sock.recv(1)[0]
        return -1 if b == 255 else b


def socket_echo(sock):
    while True:
        b = sock.recv(1)
        sock.sendall(b)
        if b[0] == 255:
            return


def expect(i):
    return i % 255 if transport == "socket" else i


def main():
    global phase
    if transport == "socket":
        import socket
        a, b = socket.socketpair()
        ping = pong = SocketQueue(a)
        e = threading.Thread(target=socket_echo, args=(b,))
    else:
        ping, pong = queue.Queue(), queue.Queue()
        e = threading.Thread(target=echo, args=(ping, pong))
    e.start()
    cpu = [threading.Thread(target=spin) for _ in range(spinners)]
    for t in cpu:
        t.start()
    for i in range(warmup):
        ping.put(i)
        if pong.get() != expect(i):
            print("wrong reply")
    lat = []
    clock = time.perf_counter
    phase = 1
    t0 = clock()
    for i in range(trips):
        s = clock()
        ping.put(i)
        r = pong.get()
        lat.append(clock() - s)
        if r != expect(i):
            print("wrong reply", r, i)
    t1 = clock()
    phase = 2
    ping.put(-1)
    pong.get()
    e.join()
    for t in cpu:
        t.join()
    lat.sort()
    n = len(lat)
    median = (lat[(n - 1) // 2] + lat[n // 2]) / 2
    p99 = lat[min(n - 1, (99 * n + 99) // 100 - 1)]
    print("trips:", trips, "spinners:", spinners)
    print("median_ms: %.4f" % (median * 1000))
    print("p99_ms: %.4f" % (p99 * 1000))
    print("max_ms: %.4f" % (lat[-1] * 1000))
    print("spins_per_s: %.0f" % (sum(spins) / (t1 - t0)))
    print("elapsed: %.6f" % (t1 - t0))


main()
