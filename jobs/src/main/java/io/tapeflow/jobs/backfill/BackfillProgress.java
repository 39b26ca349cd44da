package io.tapeflow.jobs.backfill;

import io.tapeflow.jobs.runtime.InProcessMetrics;
import io.tapeflow.jobs.runtime.LocalJobRunner;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.flink.core.execution.JobClient;

/**
 * The backfill's progress for local runs, read from the flat-file source's metrics ({@code rowsRead},
 * {@code rowsRejected}, {@code bytesRead}, {@code filesCompleted}) through {@link InProcessMetrics}: a progress bar over
 * compressed bytes when stderr is a terminal, a plain line every {@value #LINE_EVERY_S} s otherwise, and a summary.
 */
public final class BackfillProgress implements LocalJobRunner.JobProgress {
    static final int LINE_EVERY_S = 10;
    private static final String HALT_DETECTOR = io.tapeflow.jobs.OperatorUids.HALT_DETECTOR_NAME;
    private static final String BAR_BUILDER = io.tapeflow.jobs.OperatorUids.BAR_BUILDER_NAME;

    private final PrintStream err;
    private final BackfillPlan plan;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private final long startEpochMs = System.currentTimeMillis();
    private final Counts baseline = Counts.read(Counts.ZERO);
    private final long haltBase = operatorIn(HALT_DETECTOR);
    private final long barBase = operatorIn(BAR_BUILDER);
    private ProgressBar bar;
    private int ticks;
    private long readDoneNanos;

    /** @param plan the files to read, or null for REST input (no totals known up front) */
    public BackfillProgress(PrintStream err, BackfillPlan plan, boolean terminal) {
        this.err = err;
        this.plan = plan;
        this.terminal = terminal;
    }

    @Override
    public void tick(JobClient client) {
        Counts c = Counts.read(baseline);
        ticks++;
        if (readDoneNanos != 0) {
            if (ticks % LINE_EVERY_S == 0 || terminal) {
                // BATCH sorts each keyed input before its operator sees a record: both counts stay at 0 meanwhile
                String line = String.format(Locale.ROOT, "backfill: computing, halt detection %,d, bars %,d events "
                                + "(elapsed %s)", operatorIn(HALT_DETECTOR) - haltBase, operatorIn(BAR_BUILDER) - barBase,
                        format(elapsed()));
                err.print(terminal ? "\r" + line : line + "\n");
            }
        } else if (terminal && plan != null) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName("backfill").setInitialMax(Math.max(1, plan.totalBytes()))
                        .setUnit(" MB", 1 << 20).setStyle(ProgressBarStyle.ASCII).showSpeed()
                        .setUpdateIntervalMillis(500).build();
            }
            bar.stepTo(Math.min(c.bytes, plan.totalBytes()));
            bar.setExtraMessage(String.format(Locale.ROOT, " %s, %,.0f rows/s", filesAndDays(c), rate(c)));
        } else if (ticks % LINE_EVERY_S == 0) {
            err.println("backfill: " + line(c));
        }
        if (plan != null && c.files >= plan.files().size() && readDoneNanos == 0 && !plan.files().isEmpty()) {
            readDoneNanos = System.nanoTime();
            if (bar != null) bar.close();
            bar = null;
            err.printf(Locale.ROOT, "backfill: all %d files read in %s; now sorting by ticker and computing bars and "
                    + "halts%n", plan.files().size(), format(Duration.ofNanos(readDoneNanos - startNanos)));
        }
    }

    /** Closes the bar and prints the final summary. */
    public void finish(PrintStream out) {
        if (bar != null) bar.close();
        Counts c = Counts.read(baseline);
        Duration elapsed = elapsed();
        if (terminal && readDoneNanos != 0) out.println();
        String reading = readDoneNanos == 0 ? "" : String.format(Locale.ROOT, " (reading %s, %,.0f rows/s)",
                format(Duration.ofNanos(readDoneNanos - startNanos)), c.rows / ((readDoneNanos - startNanos) / 1e9));
        out.printf(Locale.ROOT, "backfill done: %,d rows (%,d rejected), %s, elapsed %s, %,.0f rows/s overall%s%s%s%n",
                c.rows, c.rejected, filesAndDays(c), format(elapsed), rate(c), reading, onceRunning(c.rows), cpu());
    }

    /** CPU of this process so far (all threads, embedded MongoDB included): steadier than wall time on a busy host. */
    private static String cpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (!(os instanceof com.sun.management.OperatingSystemMXBean sun) || sun.getProcessCpuTime() < 0) return "";
        return String.format(Locale.ROOT, "; process CPU %.1f s", sun.getProcessCpuTime() / 1e9);
    }

    /** Rows over the span from the first to the last row the source read (start-up and sorting excluded). */
    private String onceRunning(long rows) {
        long first = Long.MAX_VALUE;
        long last = 0;
        for (long v : InProcessMetrics.gaugeValuesIncludingFinished("firstRowEpochMs")) {
            if (v >= startEpochMs) first = Math.min(first, v);
        }
        for (long v : InProcessMetrics.gaugeValuesIncludingFinished("lastRowEpochMs")) {
            if (v >= startEpochMs) last = Math.max(last, v);
        }
        if (rows <= 0 || last <= first) return "";
        return String.format(Locale.ROOT, "; once running %,.0f rows/s (first to last row %.2f s)",
                rows * 1000.0 / (last - first), (last - first) / 1000.0);
    }

    String line(Counts c) {
        StringBuilder s = new StringBuilder(filesAndDays(c));
        s.append(String.format(Locale.ROOT, ", %,d rows, %,.0f rows/s", c.rows, rate(c)));
        if (plan != null && c.bytes > 0 && plan.totalBytes() > 0) {
            double done = Math.min(1.0, (double) c.bytes / plan.totalBytes());
            long etaS = done >= 1.0 ? 0 : (long) (elapsed().toSeconds() * (1 - done) / done);
            s.append(String.format(Locale.ROOT, ", %.0f%%, ETA %s", done * 100, format(Duration.ofSeconds(etaS))));
        }
        return s.toString();
    }

    private String filesAndDays(Counts c) {
        if (plan == null) return "REST";
        return String.format(Locale.ROOT, "files %d/%d, days %d/%d", c.files, plan.files().size(),
                plan.daysDone(c.files), plan.days().size());
    }

    private double rate(Counts c) {
        double s = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        return c.rows / s;
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static long operatorIn(String operator) {
        return InProcessMetrics.sumOperatorCountersIncludingFinished(operator, "numRecordsIn");
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** The source counters, relative to a baseline (counts of earlier jobs in this JVM). */
    record Counts(long rows, long rejected, long bytes, long files) {
        static final Counts ZERO = new Counts(0, 0, 0, 0);

        static Counts read(Counts base) {
            // flat files count rows; the REST source has no such counter, its records out are its rows
            long rows = get("rowsRead") + InProcessMetrics.sumOperatorCountersIncludingFinished(
                    "Source: " + io.tapeflow.jobs.OperatorUids.SOURCE_REST_AGGS_NAME, "numRecordsOut");
            return new Counts(rows - base.rows, get("rowsRejected") - base.rejected,
                    get("bytesRead") - base.bytes, get("filesCompleted") - base.files);
        }

        private static long get(String name) {
            return InProcessMetrics.sumCountersIncludingFinished(name);
        }
    }
}
