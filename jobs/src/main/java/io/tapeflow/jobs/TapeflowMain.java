package io.tapeflow.jobs;

import io.tapeflow.jobs.cli.BackfillCommand;
import io.tapeflow.jobs.cli.BenchCommand;
import io.tapeflow.jobs.cli.DemoCommand;
import io.tapeflow.jobs.cli.InspectCommand;
import io.tapeflow.jobs.cli.LiveCommand;
import io.tapeflow.jobs.cli.RecordCommand;
import io.tapeflow.simulator.cli.SimulatorCommand;
import io.tapeflow.jobs.cli.TapeflowException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of the shaded jar: the {@code ./tapeflow} launcher and {@code flink run tapeflow.jar <command>} both
 * land here, so a laptop and a cluster accept the same commands.
 */
@Command(name = "tapeflow", mixinStandardHelpOptions = true, versionProvider = TapeflowMain.Version.class,
        description = "Polygon.io / Massive US-stock market data to trading-ready facts, on Apache Flink.",
        subcommands = {DemoCommand.class, LiveCommand.class, BackfillCommand.class, SimulatorCommand.class,
                RecordCommand.class, InspectCommand.class, BenchCommand.class})
public final class TapeflowMain {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces and log to the console.")
    boolean verbose;

    public static void main(String[] args) {
        int code = run(args);
        // Under `flink run` a normal return is the success path; only fail loudly.
        if (code != 0 || Boolean.getBoolean("tapeflow.local")) {
            System.exit(code);
        }
    }

    /** Runs a command line and returns the exit code (0 ok, 1 job failure or rejected input, 2 usage/config). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new TapeflowMain());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            return report(e, commandLine.getErr(), verbose);
        });
        return cli.execute(args);
    }

    static int report(Exception e, PrintWriter err, boolean verbose) {
        Throwable cause = rootUserError(e);
        if (cause instanceof TapeflowException) {
            err.println("tapeflow: " + cause.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return 2;
        }
        err.println("tapeflow: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        return 1;
    }

    /** Finds a user-facing error wrapped anywhere in a Flink job failure chain. */
    static Throwable rootUserError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TapeflowException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }

    /** The version from the jar manifest (Maven project version). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TapeflowMain.class.getPackage().getImplementationVersion();
            return new String[] {"tapeflow " + (v == null ? "dev" : v)};
        }
    }
}
