package minipy.modules;

import minipy.runtime.*;
import minipy.vm.Interp;
import minipy.vm.ThreadState;

/** time: clocks and sleep (which releases the GIL). */
final class TimeModule {
    private TimeModule() {}

    static PyModule create(Interp interp) {
        PyModule m = new PyModule("time");
        long origin = System.nanoTime();
        m.def("time", (a, k) -> System.currentTimeMillis() / 1000.0);
        m.def("time_ns", (a, k) -> System.currentTimeMillis() * 1_000_000L);
        m.def("perf_counter", (a, k) -> (System.nanoTime() - origin) / 1e9);
        m.def("perf_counter_ns", (a, k) -> System.nanoTime() - origin);
        m.def("monotonic", (a, k) -> (System.nanoTime() - origin) / 1e9);
        m.def("monotonic_ns", (a, k) -> System.nanoTime() - origin);
        m.def("process_time", (a, k) -> java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
        m.def("thread_time", (a, k) -> java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
        m.def("sleep", (a, k) -> {
            double secs = Ops.asDouble(a[0]);
            if (secs < 0) throw Py.ValueError("sleep length must be non-negative");
            sleep(interp, secs);
            return Py.None;
        });
        TimeFormat.install(m);   // localtime, strftime, ctime... (issue 5)
        return m;
    }

    static void sleep(Interp interp, double secs) {
        ThreadState ts = ThreadState.current();
        long nanos = (long) (secs * 1e9);
        if (nanos == 0) {
            interp.gil.yieldTo(ts);   // time.sleep(0) hands the GIL to a waiting thread
            return;
        }
        interp.gil.blocking(ts, () -> {
            try {
                if (nanos == 0) Thread.yield();
                else Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }
}
