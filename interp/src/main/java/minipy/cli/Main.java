package minipy.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import minipy.compile.CompileError;
import minipy.compile.Compiler;
import minipy.compile.Parser;
import minipy.vm.Disassembler;
import minipy.vm.Interp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Command-line entry point: parses options only; the work happens in {@link Runner}. */
@Command(name = "minipy", mixinStandardHelpOptions = true, version = "minipy 0.1.0 (Python 3.11 subset)",
        description = "A bytecode interpreter for a Python subset with a switchable GIL.",
        subcommands = {Main.Run.class, Main.Dis.class, Main.TraceViewCmd.class})
public final class Main implements Callable<Integer> {
    @Option(names = "-c", description = "Program passed in as a string.")
    String code;

    @Parameters(arity = "0..*", description = "Arguments for -c.")
    List<String> args = new ArrayList<>();

    @Option(names = "--gil", description = "on|off (default: on, or MINIPY_GIL=1|0).")
    String gil;

    @Option(names = "--debug", description = "Show Java stack traces of interpreter errors.")
    boolean debug;

    private final InputStream in;
    private final PrintStream out, err;
    /** True when running as the minipy process itself (signals belong to us), not in-process in a test. */
    boolean isProcess;

    private static boolean PROCESS;

    Main(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PROCESS = true;
        System.exit(execute(args, System.in, new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false),
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true)));
    }

    /**
     * Runs the CLI in-process with the given streams and returns the exit status, as a process
     * would (0, 1 for an uncaught exception, n for sys.exit(n)). Used by the tests.
     */
    public static int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Main m = new Main(in, out, err);
        m.isProcess = PROCESS;
        Run fast = fastRun(m, args);
        if (fast != null) {
            int status;
            try {
                status = fast.call();
            } catch (Exception e) {
                err.println("minipy: " + e);
                status = 1;
            }
            out.flush();
            err.flush();
            return status;
        }
        CommandLine cl = new CommandLine(m);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setStopAtPositional(true);
        cl.getSubcommands().get("trace-view").setStopAtPositional(false);   // its -o may follow the file
        cl.setUnmatchedOptionsArePositionalParams(false);
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** The options of `run` that the fast path knows; each takes a value unless it is a flag. */
    private static final java.util.Set<String> RUN_VALUED = java.util.Set.of("--gil", "--switch-interval", "--gil-policy", "--trace",
            "--dump-threads-after", "--on-deadlock", "--refcount");
    private static final java.util.Set<String> RUN_FLAGS = java.util.Set.of("--debug", "--gil-stats", "--debug-refs");

    /**
     * Start-up fast path: the common `[--gil=X] [--debug] run [OPTIONS] FILE [ARGS...]` is
     * parsed here, without picocli, whose initialisation (reflection over the annotations, and
     * its Java 5 class files, which class-data sharing cannot archive) costs more than the rest
     * of start-up. Anything else (help, version, -c, dis, trace-view, an unknown or malformed
     * option) returns null and goes through picocli, which also gives the usage messages.
     */
    static Run fastRun(Main m, String[] args) {
        int i = 0;
        while (i < args.length && !args[i].equals("run")) {
            String a = args[i];
            if (a.equals("--debug")) m.debug = true;
            else if (a.startsWith("--gil=")) m.gil = a.substring(6);
            else if (a.equals("--gil") && i + 1 < args.length) m.gil = args[++i];
            else return null;
            i++;
        }
        if (i == args.length) return null;
        Run r = new Run();
        r.parent = m;
        for (i++; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) break;
            String name = a, value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (RUN_FLAGS.contains(name) && value == null) {
                if (name.equals("--debug")) r.debug = true;
                else if (name.equals("--debug-refs")) r.debugRefs = true;
                else r.gilStats = true;
                continue;
            }
            if (!RUN_VALUED.contains(name)) return null;
            if (value == null) {
                if (i + 1 >= args.length) return null;
                value = args[++i];
            }
            try {
                switch (name) {
                    case "--gil" -> r.gil = value;
                    case "--switch-interval" -> r.switchInterval = Double.valueOf(value);
                    case "--gil-policy" -> r.gilPolicy = value;
                    case "--trace" -> r.trace = value;
                    case "--dump-threads-after" -> r.dumpThreadsAfter = Double.parseDouble(value);
                    case "--refcount" -> r.refcount = value;
                    default -> r.onDeadlock = value;
                }
            } catch (NumberFormatException e) {
                return null;   // picocli reports it
            }
        }
        if (i >= args.length || args[i].startsWith("-") && !args[i].equals("-")) return null;
        r.file = args[i];
        r.args = new ArrayList<>(java.util.Arrays.asList(args).subList(i + 1, args.length));
        return r;
    }

    @Override public Integer call() {
        if (code == null) {
            err.println("usage: minipy run FILE [ARGS...] | minipy -c CODE | minipy dis FILE (see --help)");
            return 2;
        }
        List<String> argv = new ArrayList<>();
        argv.add("-c");
        argv.addAll(args);
        return new Runner(in, out, err, options(gil, null, debug)).run(code, "<string>", argv);
    }

    static Runner.Options options(String gil, Double interval, boolean debug) {
        Runner.Options o = new Runner.Options();
        String g = gil != null ? gil : System.getenv("MINIPY_GIL");
        o.gil = g == null || !(g.equals("off") || g.equals("0") || g.equals("false"));
        if (interval != null) o.switchInterval = interval;
        o.debug = debug;
        return o;
    }

    @Command(name = "run", description = "Run a program (FILE, or - for standard input).")
    static final class Run implements Callable<Integer> {
        @CommandLine.ParentCommand Main parent;

        @Option(names = "--gil", description = "on|off: run with the global interpreter lock or without it.")
        String gil;

        @Option(names = "--switch-interval", description = "GIL switch interval in seconds (default 0.005).")
        Double switchInterval;

        @Option(names = "--debug", description = "Show Java stack traces of interpreter errors.")
        boolean debug;

        @Option(names = "--gil-stats", description = "At exit, print per-thread GIL statistics to stderr.")
        boolean gilStats;

        @Option(names = "--gil-policy", description = "interval (CPython 3.2+, default), io-priority (a thread back "
                + "from a blocking call asks a CPU-bound holder for the GIL after at most 0.1 ms, not a whole interval) or ticks:N "
                + "(the pre-3.2 GIL: release and compete again every N bytecodes, no forced switching).")
        String gilPolicy = "interval";

        @Option(names = "--trace", description = "Write a GIL timeline (Chrome/Perfetto trace-event JSON) to FILE at exit.")
        String trace;

        @Option(names = "--dump-threads-after", description = "Print every thread's traceback to stderr after SECONDS, without stopping.")
        double dumpThreadsAfter;

        @Option(names = "--on-deadlock", description = "report|exit|hang: when every thread is blocked forever, "
                + "report and exit with status 3 (default), exit silently with 3, or keep waiting.")
        String onDeadlock = "report";

        @Option(names = "--refcount", description = "safe (default) or racy: with --gil=off, update reference counts "
                + "without atomicity, as CPython would without its GIL (a teaching mode: the damage is detected and reported).")
        String refcount = "safe";

        @Option(names = "--debug-refs", description = "At exit, after module teardown, print the live counted objects per type "
                + "to stderr (like CPython's -X showrefcount), for finding leaks.")
        boolean debugRefs;

        @Parameters(index = "0", description = "The program file, or - for standard input.")
        String file;

        @Parameters(index = "1..*", arity = "0..*", description = "Arguments passed in sys.argv[1:].")
        List<String> args = new ArrayList<>();

        @Override public Integer call() throws Exception {
            String source;
            if (file.equals("-")) {
                source = new String(parent.in.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                try {
                    source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
                } catch (NoSuchFileException | java.nio.file.InvalidPathException e) {
                    parent.err.println("minipy: can't open file '" + file + "': [Errno 2] No such file or directory");
                    return 2;
                }
            }
            List<String> argv = new ArrayList<>();
            argv.add(file);
            argv.addAll(args);
            String g = gil != null ? gil : parent.gil;
            Runner.Options o = options(g, switchInterval, debug || parent.debug);
            o.gilStats = gilStats;
            if (!List.of("report", "exit", "hang").contains(onDeadlock)) {
                parent.err.println("minipy: --on-deadlock must be report, exit or hang");
                return 2;
            }
            o.onDeadlock = onDeadlock;
            if (!List.of("safe", "racy").contains(refcount)) {
                parent.err.println("minipy: --refcount must be safe or racy");
                return 2;
            }
            o.racyRefcounts = refcount.equals("racy");
            o.debugRefs = debugRefs;
            o.dumpThreadsAfter = dumpThreadsAfter;
            o.trace = trace;
            if (gilPolicy.startsWith("ticks:")) {
                try {
                    o.ticks = Long.parseLong(gilPolicy.substring(6));
                } catch (NumberFormatException e) {
                    o.ticks = -1;
                }
            }
            o.ioPriority = gilPolicy.equals("io-priority");
            if (o.ticks < 0 || !(gilPolicy.equals("interval") || o.ioPriority || gilPolicy.startsWith("ticks:"))) {
                parent.err.println("minipy: --gil-policy must be interval, io-priority or ticks:N");
                return 2;
            }
            o.handleSignals = parent.isProcess;
            return new Runner(parent.in, parent.out, parent.err, o).run(source, file.equals("-") ? "<stdin>" : file, argv);
        }
    }

    @Command(name = "dis", description = "Disassemble a program's bytecode.")
    static final class Dis implements Callable<Integer> {
        @CommandLine.ParentCommand Main parent;

        @Parameters(index = "0", description = "The program file.")
        String file;

        @Override public Integer call() throws Exception {
            String source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            try {
                parent.out.print(Disassembler.disassemble(Compiler.compileModule(Parser.parse(source, file), file)));
            } catch (CompileError e) {
                parent.err.print(Runner.formatCompileError(e));
                return 1;
            }
            return 0;
        }
    }

    @Command(name = "trace-view", description = "Draw a --trace timeline as an SVG picture or an HTML page.")
    static final class TraceViewCmd implements Callable<Integer> {
        @CommandLine.ParentCommand Main parent;

        @Parameters(index = "0", description = "The trace written by run --trace=FILE.json.")
        String file;

        @Option(names = "-o", description = "Output file: .svg (default timeline.svg) or .html (the picture plus per-thread totals).")
        String output = "timeline.svg";

        @Override public Integer call() {
            return TraceView.run(Path.of(file), Path.of(output), parent.err);
        }
    }
}
