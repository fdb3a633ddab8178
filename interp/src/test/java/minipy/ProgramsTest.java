package minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import minipy.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * End-to-end tests: runs every {@code programs/**}{@code /*.py} (except {@code programs/bench/} and
 * folders named {@code slow}) in-process through {@link Main#execute} once per GIL mode and compares
 * the results with the expectation files written by CPython 3.11 (see programs/README.md):
 *
 * <ul>
 *   <li>{@code <name>.out} - expected stdout, compared exactly (only {@code \r\n} is normalised);
 *   <li>{@code <name>.exit} - expected exit status when it is not 0;
 *   <li>{@code <name>.err} - expected stderr, compared after dropping caret/tilde marker lines and
 *       trailing whitespace;
 *   <li>{@code <name>.in} - optional stdin (empty stdin otherwise).
 * </ul>
 *
 * <p>Optional system properties: {@code -Dminipy.programs=<substring>} runs only programs whose
 * relative path contains the substring (comma-separated alternatives allowed), and
 * {@code -Dminipy.gil=on|off} runs only one GIL mode.
 */
class ProgramsTest {

    private static final long TIMEOUT_MILLIS = 60_000;
    private static final long STACK_SIZE = 512L << 20;
    private static final String[] GIL_MODES = {"on", "off"};

    /** Lines CPython 3.11 prints under traceback source lines, e.g. {@code "    ~~~^^^"}. */
    private static final Pattern CARET_LINE = Pattern.compile("[ \\t]*[\\^~][\\^~ \\t]*");

    private static final Pattern SKIP_MARKER = Pattern.compile("#\\s*minipy-skip:\\s*(.*)");

    @TestFactory
    Stream<DynamicNode> programs() throws IOException {
        Path root = findRepositoryRoot();
        Path programsDir = root.resolve("programs");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(programsDir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".py"))
                    .filter(p -> included(programsDir.relativize(p)))
                    .sorted()
                    .collect(Collectors.toList());
        }
        String filter = System.getProperty("minipy.programs", "").trim();
        String gilFilter = System.getProperty("minipy.gil", "").trim();

        Map<String, List<DynamicNode>> byFolder = new TreeMap<>();
        for (Path file : files) {
            String relPath = toSlashes(root.relativize(file));
            if (!filter.isEmpty() && !matchesFilter(relPath, filter)) {
                continue;
            }
            Path relToPrograms = programsDir.relativize(file);
            String folder = relToPrograms.getParent() == null
                    ? "(top level)" : toSlashes(relToPrograms.getParent());
            String name = file.getFileName().toString();
            List<DynamicNode> tests = new ArrayList<>();
            for (String gil : GIL_MODES) {
                if (!gilFilter.isEmpty() && !gilFilter.equals(gil)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(
                        name + " [gil=" + gil + "]",
                        file.toUri(),
                        () -> runRatcheted(root, file, relPath, gil)));
            }
            if (!tests.isEmpty()) {
                byFolder.computeIfAbsent(folder, k -> new ArrayList<>())
                        .add(DynamicContainer.dynamicContainer(relPath, file.toUri(), tests.stream()));
            }
        }
        if (byFolder.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("no programs found", () -> {
                if (filter.isEmpty()) {
                    fail("no programs found under " + programsDir);
                }
                Assumptions.abort("no program matches -Dminipy.programs=" + filter);
            }));
        }
        return byFolder.entrySet().stream()
                .map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue().stream()));
    }

    private static boolean included(Path relToPrograms) {
        if (relToPrograms.getNameCount() > 1 && relToPrograms.getName(0).toString().equals("bench")) {
            return false;
        }
        for (int i = 0; i < relToPrograms.getNameCount() - 1; i++) {
            if (relToPrograms.getName(i).toString().equals("slow")) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesFilter(String relPath, String filter) {
        for (String part : filter.split(",")) {
            if (!part.isBlank() && relPath.contains(part.trim())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ratchet: programs listed in programs/passing.txt must pass; any other program is
     * run too, and a failure there is reported as "not yet passing" (aborted, not failed), so
     * the list only ever grows as minipy learns more.
     */
    private static void runRatcheted(Path root, Path file, String relPath, String gil) throws Exception {
        if (passing(root).contains(relPath)) {
            runProgram(root, file, relPath, gil);
            return;
        }
        try {
            runProgram(root, file, relPath, gil);
        } catch (AssertionError e) {
            throw new org.opentest4j.TestAbortedException("not yet passing (not in programs/passing.txt): " + e.getMessage());
        }
    }

    private static java.util.Set<String> passingList;

    private static synchronized java.util.Set<String> passing(Path root) throws java.io.IOException {
        if (passingList == null) {
            Path f = root.resolve("programs/passing.txt");
            passingList = new java.util.HashSet<>();
            if (Files.exists(f)) {
                for (String line : Files.readAllLines(f)) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("#")) passingList.add(line);
                }
            }
        }
        return passingList;
    }

    private static void runProgram(Path root, Path file, String relPath, String gil) throws Exception {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String firstLine = source.lines().findFirst().orElse("");
        var skip = SKIP_MARKER.matcher(firstLine.trim());
        if (skip.matches()) {
            Assumptions.abort("minipy-skip: " + skip.group(1));
        }

        String base = file.getFileName().toString();
        base = base.substring(0, base.length() - ".py".length());
        Path dir = file.getParent();
        Path outFile = dir.resolve(base + ".out");
        Path errFile = dir.resolve(base + ".err");
        Path exitFile = dir.resolve(base + ".exit");
        Path inFile = dir.resolve(base + ".in");
        if (!Files.exists(outFile)) {
            fail("missing expectation file " + toSlashes(root.relativize(outFile))
                    + " (run programs/generate_expected.sh)");
        }
        String expectedOut = normaliseNewlines(Files.readString(outFile, StandardCharsets.UTF_8));
        int expectedExit = Files.exists(exitFile)
                ? Integer.parseInt(Files.readString(exitFile, StandardCharsets.UTF_8).trim())
                : 0;
        byte[] stdin = Files.exists(inFile) ? Files.readAllBytes(inFile) : new byte[0];

        Result result = execute(new String[] {"--gil=" + gil, "run", relPath}, stdin, relPath + " gil=" + gil);

        String actualOut = normaliseNewlines(result.stdout);
        if (!expectedOut.equals(actualOut)) {
            assertEquals(expectedOut, actualOut, "stdout of " + relPath + " [gil=" + gil + "] differs: "
                    + firstDifference(expectedOut, actualOut) + stderrHint(result));
        }
        assertEquals(expectedExit, result.exitStatus,
                "exit status of " + relPath + " [gil=" + gil + "]" + stderrHint(result));
        if (Files.exists(errFile)) {
            String expectedErr = normaliseErr(Files.readString(errFile, StandardCharsets.UTF_8));
            String actualErr = normaliseErr(result.stderr);
            if (!expectedErr.equals(actualErr)) {
                assertEquals(expectedErr, actualErr, "stderr of " + relPath + " [gil=" + gil + "] differs: "
                        + firstDifference(expectedErr, actualErr));
            }
        }
    }

    /** What one in-process run produced. */
    private static final class Result {
        final int exitStatus;
        final String stdout;
        final String stderr;

        Result(int exitStatus, String stdout, String stderr) {
            this.exitStatus = exitStatus;
            this.stdout = stdout;
            this.stderr = stderr;
        }
    }

    private static Result execute(String[] args, byte[] stdin, String label) throws InterruptedException {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        InputStream in = new ByteArrayInputStream(stdin);
        AtomicInteger status = new AtomicInteger(Integer.MIN_VALUE);
        AtomicReference<Throwable> crash = new AtomicReference<>();

        Thread worker = new Thread(null, () -> {
            try {
                status.set(Main.execute(args, in, out, err));
            } catch (Throwable t) {
                crash.set(t);
            }
        }, "minipy-program " + label, STACK_SIZE);
        worker.setDaemon(true);
        worker.start();
        worker.join(TIMEOUT_MILLIS);
        if (worker.isAlive()) {
            worker.interrupt();
            out.flush();
            fail("timed out after " + (TIMEOUT_MILLIS / 1000) + " s: " + label
                    + "\n--- stdout so far (tail) ---\n" + tail(outBytes.toString(StandardCharsets.UTF_8))
                    + "\n--- stderr so far (tail) ---\n" + tail(errBytes.toString(StandardCharsets.UTF_8)));
        }
        out.flush();
        err.flush();
        String stdout = outBytes.toString(StandardCharsets.UTF_8);
        String stderr = errBytes.toString(StandardCharsets.UTF_8);
        Throwable t = crash.get();
        if (t != null) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            fail("Main.execute threw " + t + " while running " + label
                    + "\n--- stdout (tail) ---\n" + tail(stdout)
                    + "\n--- stderr (tail) ---\n" + tail(stderr)
                    + "\n--- Java stack ---\n" + trace, t);
        }
        return new Result(status.get(), stdout, stderr);
    }

    static String normaliseNewlines(String s) {
        return s.replace("\r\n", "\n");
    }

    /** Drops caret/tilde-only lines, trailing whitespace of every line and trailing blank lines. */
    static String normaliseErr(String s) {
        List<String> kept = new ArrayList<>();
        for (String line : normaliseNewlines(s).split("\n", -1)) {
            if (CARET_LINE.matcher(line).matches()) {
                continue;
            }
            kept.add(line.stripTrailing());
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept);
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int n = Math.min(e.length, a.length);
        for (int i = 0; i < n; i++) {
            if (!e[i].equals(a[i])) {
                return "first difference at line " + (i + 1) + "\n  expected: " + visible(e[i])
                        + "\n  actual:   " + visible(a[i]) + "\n";
            }
        }
        return "expected " + e.length + " lines, got " + a.length + " lines"
                + (e.length > n ? "; first missing line: " + visible(e[n])
                                : "; first extra line: " + visible(a[n])) + "\n";
    }

    private static String visible(String line) {
        StringBuilder sb = new StringBuilder("\"");
        line.codePoints().forEach(cp -> {
            if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }

    private static String stderrHint(Result result) {
        return result.stderr.isEmpty() ? "" : "\n--- stderr (tail) ---\n" + tail(result.stderr);
    }

    private static String tail(String s) {
        int max = 4000;
        return s.length() <= max ? s : "..." + s.substring(s.length() - max);
    }

    private static String toSlashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** Surefire runs in the repository root; fall back to walking up from there if needed. */
    private static Path findRepositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("programs")) && Files.exists(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new UncheckedIOException(new IOException("cannot find the repository root (with programs/) above " + dir));
    }
}
