package io.tapeflow.jobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backfill throughput: the exact {@code ./tapeflow backfill --flatfiles-dir DIR --datasets trades,quotes} command
 * (full pipeline: raw archive, halts, bars, Parquet and the embedded MongoDB under a fresh data directory) run as its
 * own JVM, timed start to exit, with the rate once running taken from the command's own summary line (the source's
 * first-to-last-row span).
 */
final class BackfillBench {
    private static final Pattern DONE = Pattern.compile("backfill done: ([\\d,]+) rows \\(([\\d,]+) rejected\\)");
    private static final Pattern ONCE_RUNNING = Pattern.compile("once running ([\\d,]+) rows/s \\(first to last row "
            + "([\\d.]+) s\\)");
    private static final Pattern CPU = Pattern.compile("process CPU ([\\d.]+) s");
    /** Extra JVM options for the backfill JVM only, e.g. a flight recording: {@code -XX:StartFlightRecording=...}. */
    static final String CHILD_OPTS_ENV = "TAPEFLOW_BENCH_BACKFILL_JAVA_OPTS";
    /** The JVM options {@code ./tapeflow backfill} adds (set by the launcher), so the child runs as users run it. */
    static final String LAUNCHER_OPTS_ENV = "TAPEFLOW_BACKFILL_JAVA_OPTS";

    private BackfillBench() {}

    /** What one run of the command gave. */
    record Result(long rows, long rejected, double rowsPerSecondOnceRunning, double readSeconds, double wallSeconds,
            double cpuSeconds, Path log) {}

    /** @param mongo false to run with {@code --mongo-uri none} (separates the pipeline from the embedded MongoDB) */
    static Result run(BenchFlatFiles.Day day, Path runDir, Integer parallelism, boolean mongo) throws IOException,
            InterruptedException {
        Files.createDirectories(runDir);
        Path log = runDir.resolve("backfill.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String env : List.of(LAUNCHER_OPTS_ENV, CHILD_OPTS_ENV)) {
            String extra = System.getenv(env);
            if (extra != null && !extra.isBlank()) cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.add("-Dtapeflow.local=true");
        for (String p : List.of("tapeflow.home", "log4j.configurationFile", "tapeflow.log.dir")) {
            String v = System.getProperty(p);
            if (v != null) cmd.add("-D" + p + "=" + v);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.tapeflow.jobs.TapeflowMain", "backfill",
                "--flatfiles-dir", day.dir().toAbsolutePath().toString(), "--datasets", "trades,quotes",
                "--from", BenchFlatFiles.DAY.toString(), "--to", BenchFlatFiles.DAY.toString(),
                "--data-dir", runDir.toAbsolutePath().toString(),
                "--parquet-dir", runDir.resolve("parquet").toAbsolutePath().toString(), "--web-ui-port", "0"));
        if (parallelism != null) cmd.addAll(List.of("--parallelism", parallelism.toString()));
        if (!mongo) cmd.addAll(List.of("--mongo-uri", "none"));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the backfill did not finish within 60 minutes, see " + log);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String out = Files.readString(log);
        Matcher done = DONE.matcher(out);
        if (p.exitValue() != 0 || !done.find()) {
            throw new IllegalStateException("the backfill failed (exit " + p.exitValue() + "), see " + log + ": "
                    + tail(out));
        }
        Matcher rate = ONCE_RUNNING.matcher(out);
        boolean hasRate = rate.find();
        Matcher cpu = CPU.matcher(out);
        return new Result(number(done.group(1)), number(done.group(2)),
                hasRate ? number(rate.group(1)) : Double.NaN, hasRate ? Double.parseDouble(rate.group(2)) : Double.NaN,
                wall, cpu.find() ? Double.parseDouble(cpu.group(1)) : Double.NaN, log);
    }

    private static long number(String grouped) {
        return Long.parseLong(grouped.replace(",", ""));
    }

    private static String tail(String s) {
        String t = s.strip();
        return t.length() <= 600 ? t : "..." + t.substring(t.length() - 600);
    }
}
