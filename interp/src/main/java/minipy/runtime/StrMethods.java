package minipy.runtime;

/** Placeholder until the full method table lands. */
public final class StrMethods {
    private StrMethods() {}

    public static void install() {}
}
