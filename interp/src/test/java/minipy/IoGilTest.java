package minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import minipy.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Blocking IO releases the GIL (issue 5): with the GIL on, a CPU-bound minipy thread keeps
 * running (its counter advances) while another thread is blocked in accept(), in recv() and in
 * input(). And a load test: thread-per-client and process-per-client echo servers in minipy
 * serve many concurrent minipy clients, every reply correct. Loopback only, bounded in time.
 */
class IoGilTest {

    private static final class Run {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        final int[] status = {-1};
        Thread thread;

        String out() { return out.toString(StandardCharsets.UTF_8); }
    }

    private static Run start(String gil, String source, InputStream in) throws Exception {
        Path file = Files.createTempFile("iogil", ".py");
        Files.writeString(file, source);
        file.toFile().deleteOnExit();
        Run r = new Run();
        r.thread = new Thread(null, () -> r.status[0] = Main.execute(new String[] {"--gil=" + gil, "run", file.toString()},
                in, new PrintStream(r.out, true, StandardCharsets.UTF_8), new PrintStream(r.err, true, StandardCharsets.UTF_8)),
                "iogil", 512L << 20);
        r.thread.setDaemon(true);
        r.thread.start();
        return r;
    }

    private static String finish(Run r, long seconds) throws Exception {
        r.thread.join(TimeUnit.SECONDS.toMillis(seconds));
        assertFalse(r.thread.isAlive(), "timed out; output so far:\n" + r.out() + "\nstderr:\n" + r.err.toString(StandardCharsets.UTF_8));
        String stderr = r.err.toString(StandardCharsets.UTF_8);
        assertEquals(0, r.status[0], "exit status; stdout:\n" + r.out() + "\nstderr:\n" + stderr);
        return r.out();
    }

    private static final String BLOCKED_PROGRAM = String.join("\n",
            "import socket, sys, threading, time",
            "print('gil', sys._is_gil_enabled())",
            "srv = socket.socket()",
            "srv.bind(('127.0.0.1', 0))",
            "srv.listen(1)",
            "port = srv.getsockname()[1]",
            "got = {}",
            "def serve():",
            "    conn, addr = srv.accept()",
            "    got['accepted'] = True",
            "    got['data'] = conn.recv(100)",
            "    conn.close()",
            "def spin(seconds):",
            "    n = 0",
            "    end = time.monotonic() + seconds",
            "    while time.monotonic() < end:",
            "        n += 1",
            "    return n",
            "t = threading.Thread(target=serve)",
            "t.start()",
            "time.sleep(0.05)",
            "n = spin(0.3)",
            "print('accept', 'accepted' not in got, n > 10000)",
            "c = socket.create_connection(('127.0.0.1', port))",
            "while 'accepted' not in got:",
            "    time.sleep(0.001)",
            "time.sleep(0.05)",
            "n = spin(0.3)",
            "print('recv', 'data' not in got, n > 10000)",
            "c.sendall(b'ping')",
            "t.join()",
            "c.close()",
            "print(got['data'])",
            "box = {}",
            "def reader():",
            "    box['line'] = input()",
            "r = threading.Thread(target=reader)",
            "r.start()",
            "time.sleep(0.05)",
            "n = spin(0.3)",
            "print('input', 'line' not in box, n > 10000, flush=True)",
            "r.join()",
            "print(box['line'])",
            "");

    @Test
    @Timeout(90)
    void cpuBoundThreadRunsWhileAnotherBlocksInAcceptRecvAndInput() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(feed);
        Run r = start("on", BLOCKED_PROGRAM, in);
        // the line for input() is sent only after the program showed that it kept running
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!r.out().contains("input ") && r.thread.isAlive() && System.nanoTime() < deadline) Thread.sleep(10);
        feed.write("typed line\n".getBytes(StandardCharsets.UTF_8));
        feed.flush();
        String out = finish(r, 60);
        feed.close();
        assertEquals("gil True\naccept True True\nrecv True True\nb'ping'\ninput True True\ntyped line\n", out);
    }

    private static final String ECHO_THREADS = String.join("\n",
            "import socket, threading",
            "N, M = 200, 50",
            "srv = socket.socket()",
            "srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
            "srv.bind(('127.0.0.1', 0))",
            "srv.listen(N)",
            "port = srv.getsockname()[1]",
            "def handle(conn):",
            "    with conn:",
            "        while True:",
            "            data = conn.recv(4096)",
            "            if not data:",
            "                break",
            "            conn.sendall(data)",
            "def acceptor():",
            "    hs = []",
            "    for _ in range(N):",
            "        conn, addr = srv.accept()",
            "        h = threading.Thread(target=handle, args=(conn,))",
            "        h.start()",
            "        hs.append(h)",
            "    for h in hs:",
            "        h.join()",
            "bad = []",
            "ok = [0]",
            "lock = threading.Lock()",
            "def client(i):",
            "    s = socket.create_connection(('127.0.0.1', port))",
            "    for j in range(M):",
            "        msg = ('%d:%d;' % (i, j)).encode()",
            "        s.sendall(msg)",
            "        buf = b''",
            "        while len(buf) < len(msg):",
            "            chunk = s.recv(4096)",
            "            if not chunk:",
            "                break",
            "            buf += chunk",
            "        if buf != msg:",
            "            bad.append((i, j, buf))",
            "        else:",
            "            with lock:",
            "                ok[0] += 1",
            "    s.close()",
            "a = threading.Thread(target=acceptor)",
            "a.start()",
            "cs = [threading.Thread(target=client, args=(i,)) for i in range(N)]",
            "for c in cs:",
            "    c.start()",
            "for c in cs:",
            "    c.join()",
            "a.join()",
            "srv.close()",
            "print(ok[0], bad[:3])",
            "");

    @Test
    @Timeout(240)
    void threadPerClientEchoServerGilOn() throws Exception {
        assertEquals("10000 []\n", finish(start("on", ECHO_THREADS, new ByteArrayInputStream(new byte[0])), 200));
    }

    @Test
    @Timeout(240)
    void threadPerClientEchoServerGilOff() throws Exception {
        assertEquals("10000 []\n", finish(start("off", ECHO_THREADS, new ByteArrayInputStream(new byte[0])), 200));
    }

    private static final String ECHO_PROCESSES = String.join("\n",
            "import socket, threading",
            "from multiprocessing import Process",
            "N, M = 20, 50",
            "def handle(conn):",
            "    while True:",
            "        data = conn.recv(4096)",
            "        if not data:",
            "            break",
            "        conn.sendall(data)",
            "    conn.close()",
            "results = []",
            "def client(port, i):",
            "    s = socket.create_connection(('127.0.0.1', port))",
            "    good = 0",
            "    for j in range(M):",
            "        msg = ('%d:%d;' % (i, j)).encode()",
            "        s.sendall(msg)",
            "        buf = b''",
            "        while len(buf) < len(msg):",
            "            chunk = s.recv(4096)",
            "            if not chunk:",
            "                break",
            "            buf += chunk",
            "        good += buf == msg",
            "    s.close()",
            "    results.append(good)",
            "if __name__ == '__main__':",
            "    srv = socket.socket()",
            "    srv.bind(('127.0.0.1', 0))",
            "    srv.listen(N)",
            "    port = srv.getsockname()[1]",
            "    cs = [threading.Thread(target=client, args=(port, i)) for i in range(N)]",
            "    for c in cs:",
            "        c.start()",
            "    ps = []",
            "    for _ in range(N):",
            "        conn, addr = srv.accept()",
            "        p = Process(target=handle, args=(conn,))",
            "        p.start()",
            "        conn.close()",
            "        ps.append(p)",
            "    for c in cs:",
            "        c.join()",
            "    for p in ps:",
            "        p.join()",
            "    print(sum(results), len(results), [p.exitcode for p in ps] == [0] * N)",
            "");

    @Test
    @Timeout(240)
    void processPerClientEchoServer() throws Exception {
        for (String gil : new String[] {"on", "off"}) {
            String out = finish(start(gil, ECHO_PROCESSES, new ByteArrayInputStream(new byte[0])), 200);
            assertTrue(out.equals("1000 20 True\n"), "GIL " + gil + ": " + out);
        }
    }
}
