package minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minipy.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 6: a gevent echo server written in minipy (monkey-patched sockets, one greenlet per
 * connection) serves 500 concurrent client threads on loopback, every reply correct.
 *
 * <p>Concurrency is proven, not assumed: every client sends its first message and then waits
 * at a barrier until all 500 have their first reply before sending the rest. A server that
 * served connections one after another could never let the barrier open (the test would
 * time out). The server side is one Python thread: every handler sees the same real thread
 * ident, the _thread module started no thread, and a counter that each handler raises while
 * it runs (and lowers before it blocks) never exceeds one, with the GIL on and off.
 */
class GeventServerTest {
    private static final int CLIENTS = 500;
    private static final int MESSAGES = 3;

    private static final String SERVER = String.join("\n",
            "from gevent import monkey",
            "monkey.patch_all()",
            "import socket, sys, _thread",
            "import gevent",
            "real_get_ident = monkey.get_original('_thread', 'get_ident')",
            "N = int(sys.argv[1])",
            "idents = set()",
            "running = [0, 0]      # now, most at once",
            "replies = [0]",
            "def work():",
            "    running[0] += 1",
            "    running[1] = max(running[1], running[0])",
            "    idents.add(real_get_ident())",
            "    x = 0",
            "    for i in range(50):     # a window in which a second runner would be seen",
            "        x += i",
            "    running[0] -= 1",
            "def handle(conn):",
            "    try:",
            "        while True:",
            "            data = conn.recv(1024)",
            "            if not data:",
            "                break",
            "            work()",
            "            conn.sendall(data.upper())",
            "            replies[0] += 1",
            "    finally:",
            "        conn.close()",
            "srv = socket.socket()",
            "srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
            "srv.bind(('127.0.0.1', 0))",
            "srv.listen(1024)",
            "print('port', srv.getsockname()[1], flush=True)",
            "handlers = []",
            "for i in range(N):",
            "    conn, addr = srv.accept()",
            "    work()",
            "    handlers.append(gevent.spawn(handle, conn))",
            "gevent.joinall(handlers)",
            "srv.close()",
            "print('served', len(handlers), 'replies', replies[0])",
            "print('real thread idents', len(idents), 'same as main', idents == {real_get_ident()})",
            "print('threads started by _thread', _thread._count())",
            "print('most greenlets running at once', running[1])",
            "print('all handlers done', all(h.successful() for h in handlers))",
            "");

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void geventEchoServerServes500ConcurrentClients(String gil) throws Exception {
        Path file = Files.createTempFile("gevent_server", ".py");
        Files.writeString(file, SERVER);
        file.toFile().deleteOnExit();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int[] status = {-1};
        InputStream in = new ByteArrayInputStream(new byte[0]);
        Thread server = new Thread(null, () -> status[0] = Main.execute(
                new String[] {"--gil=" + gil, "run", file.toString(), String.valueOf(CLIENTS)}, in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                "gevent-server", 512L << 20);
        server.setDaemon(true);
        server.start();

        Pattern portLine = Pattern.compile("port (\\d+)");
        int port = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (port < 0 && server.isAlive() && System.nanoTime() < deadline) {
            Matcher m = portLine.matcher(out.toString(StandardCharsets.UTF_8));
            if (m.find()) port = Integer.parseInt(m.group(1));
            else Thread.sleep(10);
        }
        assertTrue(port > 0, "no port; stderr:\n" + err.toString(StandardCharsets.UTF_8));

        CyclicBarrier firstRepliesIn = new CyclicBarrier(CLIENTS);
        AtomicInteger correct = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            final int id = i;
            final int p = port;
            Thread t = new Thread(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", p), 60_000);
                    s.setSoTimeout(120_000);
                    for (int k = 0; k < MESSAGES; k++) {
                        String msg = "client " + id + " says hello " + k;
                        OutputStream o = s.getOutputStream();
                        o.write(msg.getBytes(StandardCharsets.UTF_8));
                        o.flush();
                        byte[] want = msg.toUpperCase().getBytes(StandardCharsets.UTF_8);
                        byte[] got = s.getInputStream().readNBytes(want.length);
                        if (new String(got, StandardCharsets.UTF_8).equals(msg.toUpperCase())) correct.incrementAndGet();
                        else failure.compareAndSet(null, new AssertionError("client " + id + " got " + new String(got, StandardCharsets.UTF_8)));
                        if (k == 0) firstRepliesIn.await(120, TimeUnit.SECONDS);
                    }
                } catch (BrokenBarrierException | RuntimeException | java.io.IOException | InterruptedException
                        | java.util.concurrent.TimeoutException e) {
                    failure.compareAndSet(null, e);
                }
            }, "client-" + i);
            t.setDaemon(true);
            clients.add(t);
        }
        for (Thread t : clients) t.start();
        for (Thread t : clients) t.join(TimeUnit.SECONDS.toMillis(150));
        server.join(TimeUnit.SECONDS.toMillis(30));
        String stdout = out.toString(StandardCharsets.UTF_8), stderr = err.toString(StandardCharsets.UTF_8);
        if (failure.get() != null) throw new AssertionError("client failure; server stdout:\n" + stdout + "\nstderr:\n" + stderr, failure.get());
        assertEquals(CLIENTS * MESSAGES, correct.get(), "correct replies");
        assertFalse(server.isAlive(), "server still running; stdout:\n" + stdout + "\nstderr:\n" + stderr);
        assertEquals(0, status[0], "exit status; stderr:\n" + stderr);
        assertTrue(stdout.contains("served " + CLIENTS + " replies " + (CLIENTS * MESSAGES)), stdout);
        assertTrue(stdout.contains("real thread idents 1 same as main True"), stdout);
        assertTrue(stdout.contains("threads started by _thread 0"), stdout);
        assertTrue(stdout.contains("most greenlets running at once 1"), stdout);
        assertTrue(stdout.contains("all handlers done True"), stdout);
    }

    private static final String MANY_SHORT = String.join("\n",
            "import gevent, _greenlet",
            "before = _greenlet._carriers_created()",
            "done = 0",
            "for batch in range(100):",
            "    gs = [gevent.spawn(gevent.sleep, 0) for _ in range(10)]",
            "    gevent.joinall(gs)",
            "    done += sum(1 for g in gs if g.successful())",
            "print('greenlets', done, 'new carriers', _greenlet._carriers_created() - before)",
            "");

    /** Carrier threads are reused: 1000 short greenlets, 10 alive at a time, need about 10 carriers, not 1000. */
    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shortGreenletsReuseCarrierThreads(String gil) throws Exception {
        Path file = Files.createTempFile("gevent_many", ".py");
        Files.writeString(file, MANY_SHORT);
        file.toFile().deleteOnExit();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.execute(new String[] {"--gil=" + gil, "run", file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, "stderr:\n" + err.toString(StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("greenlets 1000 new carriers (\\d+)").matcher(stdout);
        assertTrue(m.find(), stdout);
        int carriers = Integer.parseInt(m.group(1));
        assertTrue(carriers <= 40, "1000 greenlets (10 alive at a time) took " + carriers + " carrier threads");
    }
}
