package minipy.modules;

import minipy.runtime.*;
import minipy.vm.Interp;

/**
 * _multiprocessing_minipy: the native core under stdlib/multiprocessing (and
 * concurrent.futures.process). Everything else is written in minipy.
 *
 * <ul>
 *   <li>{@code start(process, method, name)}: a child process (an isolated interpreter in this
 *       JVM, {@link MpProcess}) that runs {@code process._bootstrap()}; returns its handle
 *       ({@code pid}, {@code wait(timeout)}, {@code poll()}, {@code terminate()}, {@code kill()}).</li>
 *   <li>{@code Channel(maxsize)}: the cross-process FIFO under Queue ({@link MpChannel}).</li>
 *   <li>{@code SemLock(kind, value, maxvalue)}: the cross-process semaphore ({@link MpSemLock}).</li>
 *   <li>{@code Pipe(duplex)}: two Connection handles ({@link MpPipe}).</li>
 *   <li>{@code SharedArray(typecode, size)}: shared memory for Value/Array ({@link MpSharedArray}).</li>
 *   <li>{@code dumps_check(obj)}: raises what pickling obj would raise; {@code copy(obj)}: a
 *       pickle-style copy (used to give a callback its own copy).</li>
 * </ul>
 */
public final class MpModule {
    private MpModule() {}

    public static final String NAME = "_multiprocessing_minipy";

    public static PyModule create(Interp interp) {
        PyModule m = new PyModule(NAME);
        m.def("start", (a, k) -> MpProcess.start(interp, a[0], (String) a[1], (String) a[2]));
        m.set("Channel", MpChannel.TYPE);
        m.set("NOTHING", MpChannel.NOTHING);
        m.set("SemLock", MpSemLock.TYPE);
        m.set("SEM_VALUE_MAX", MpSemLock.SEM_VALUE_MAX);
        m.set("Connection", MpPipe.Conn.TYPE);
        m.set("SharedArray", MpSharedArray.TYPE);
        m.set("ProcessHandle", MpProcess.TYPE);
        m.set("PickleError", MpCopier.PICKLE_ERROR);
        m.set("PicklingError", MpCopier.PICKLING_ERROR);
        m.set("UnpicklingError", MpCopier.UNPICKLING_ERROR);
        m.def("Pipe", (a, k) -> MpPipe.pipe(interp, a.length == 0 || Ops.truthy(a[0])));
        m.def("dumps_check", (a, k) -> {
            MpCopier.encode(interp, a[0]);
            return Py.None;
        });
        m.def("copy", (a, k) -> MpCopier.decode(interp, MpCopier.encode(interp, a[0])));
        m.def("cpu_count", (a, k) -> (long) Runtime.getRuntime().availableProcessors());
        return m;
    }
}
