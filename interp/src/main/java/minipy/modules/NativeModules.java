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
        t.put(MpModule.NAME, MpModule::create);   // multiprocessing core (issue 4)
        return t;
    }
}
