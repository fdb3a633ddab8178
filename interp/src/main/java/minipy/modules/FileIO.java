package minipy.modules;

import minipy.runtime.*;
import minipy.vm.Interp;

/** open(): text and binary files (the IO issue completes this). */
final class FileIO {
    private FileIO() {}

    static Object open(Interp interp, Object[] a, String[] k) {
        throw Py.NotImplementedError("open() is not available yet");
    }
}
