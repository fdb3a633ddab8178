package minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import minipy.cli.Main;

/** Runs the minipy CLI in the test's JVM, as a process would run, capturing its streams. */
final class InProcess {
    private InProcess() {}

    record Result(int status, String out, String err) {}

    /** The CLI with these arguments and an empty standard input. */
    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.execute(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A program given as source, run with --gil=on|off; its stdout, failing on a non-zero exit. */
    static String source(String gil, String source) throws Exception {
        Path file = Files.createTempFile("minipy", ".py");
        Files.writeString(file, source);
        try {
            Result r = run("--gil=" + gil, "run", file.toString());
            assertEquals(0, r.status(), r::err);
            return r.out();
        } finally {
            Files.delete(file);
        }
    }
}
