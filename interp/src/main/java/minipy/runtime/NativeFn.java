package minipy.runtime;

/**
 * The calling convention of every native (Java) function: positional arguments first, then
 * the values of keyword arguments, whose names are in {@code kwnames} (null when there are
 * none), as CPython's vectorcall. For methods, args[0] is self. Arguments are borrowed; the
 * result may be a new (floating) or an existing object: the VM takes its own reference.
 */
@FunctionalInterface
public interface NativeFn {
    Object call(Object[] args, String[] kwnames);
}
