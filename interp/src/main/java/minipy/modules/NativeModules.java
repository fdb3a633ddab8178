package minipy.modules;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import minipy.runtime.PyModule;
import minipy.vm.Interp;

/** The table of modules implemented in Java. */
public final class NativeModules {
    private NativeModules() {}

    public static Map<String, Function<Interp, PyModule>> table() {
        Map<String, Function<Interp, PyModule>> t = new HashMap<>();
        t.put("sys", SysModule::create);
        t.put("time", TimeModule::create);
        t.put("math", MathModule::create);
        t.put("random", RandomModule::create);
        t.put("os", OsModule::create);
        t.put("_thread", ThreadModule::create);
        t.put("gc", GcModule::create);               // cycle collector (issue 8)
        t.put("_weakref", WeakrefModule::create);
        t.put(MpModule.NAME, MpModule::create);   // multiprocessing core (issue 4)
        // input and output (issue 5)
        t.put("os.path", i -> (PyModule) i.importer.importModule("os").get("path"));
        t.put("posixpath", i -> (PyModule) i.importer.importModule("os").get("path"));
        t.put("errno", IoModules::errno);
        t.put("_io", IoModules::io);
        t.put("_minipy_io", IoModules::minipyIo);
        t.put("_json", JsonModule::create);
        t.put("_sre", SreModule::create);
        t.put("socket", SocketModule::create);
        t.put("_greenlet", GreenletModule::create);   // coroutines (issue 6)
        t.put("select", SelectModule::create);
        return t;
    }
}
