package minipy.modules;

import minipy.vm.Interp;

/**
 * A native object that may cross from one interpreter (minipy process) to another in the same
 * JVM. {@link MpCopier} never copies such an object: it asks for an exported form when it meets
 * it in the sender ({@link #export}) and lets that form adopt itself in the receiver.
 *
 * <p>Objects that are the same in every interpreter (the cross-interpreter semaphores, channels,
 * shared arrays and process handles of multiprocessing) are immortal (reference counts are not
 * thread-safe across interpreters whose GILs are separate) and export themselves. Per-process
 * handles (a Connection, like a file descriptor) export a fresh handle on the same shared end.
 */
public interface MpShareable {
    /** Called in the sender (holding its GIL) when the object is serialised or forked. */
    Adoptable export();

    /** The exported form: turned into an object of the receiving interpreter (on its thread). */
    interface Adoptable {
        Object adopt(Interp receiver);
    }

    /** For immortal shared objects: the object itself, in every interpreter. */
    interface Same extends MpShareable, Adoptable {
        @Override default Adoptable export() { return this; }
        @Override default Object adopt(Interp receiver) { return this; }
    }
}
