package minipy.runtime;

/** Placeholder until the full method table lands. */
public final class ContainerMethods {
    private ContainerMethods() {}

    public static void install() {}
}
