package io.tapeflow.jobs.demo;

import io.tapeflow.jobs.runtime.InProcessMetrics;
import io.tapeflow.jobs.runtime.LocalJobRunner;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongSupplier;
import org.apache.flink.core.execution.JobClient;

/**
 * The demo's one-line live status, redrawn about once a second from the job's own metrics: events/s, market time,
 * halts so far, reconnects, rejects.
 */
public final class StatusLine implements LocalJobRunner.JobProgress {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("America/New_York"));
    private static final String[] EVENT_COUNTERS = {"trades", "quotes", "aggregates", "lulds"};

    private final PrintStream out;
    private final LongSupplier halts;
    private final boolean terminal;
    private long lastEvents;
    private long lastNanos;

    /** @param halts counts the halts written so far (a cheap query on the output) */
    public StatusLine(PrintStream out, LongSupplier halts) {
        this.out = out;
        this.halts = halts;
        this.terminal = System.console() != null;
    }

    @Override
    public void tick(JobClient client) {
        long events = events();
        long now = System.nanoTime();
        double rate = lastNanos == 0 ? 0 : (events - lastEvents) * 1e9 / Math.max(1, now - lastNanos);
        lastEvents = events;
        lastNanos = now;
        long lag = InProcessMetrics.maxGauge("lagMs");
        String market = lag < 0 || events == 0 ? "--:--:--"
                : CLOCK.format(Instant.ofEpochMilli(System.currentTimeMillis() - lag));
        String line = String.format("events %,d (%,.0f/s)  market %s ET  halts %d  reconnects %d  rejects %d",
                events, rate, market, safe(halts), InProcessMetrics.sumCounters("reconnects"),
                InProcessMetrics.sumCounters("rejects"));
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the status line so the summary starts on a fresh one. */
    public void finish() {
        if (terminal) {
            out.println();
        }
    }

    static long events() {
        long sum = 0;
        for (String c : EVENT_COUNTERS) {
            sum += InProcessMetrics.sumCounters(c);
        }
        return sum;
    }

    private static long safe(LongSupplier s) {
        try {
            return s.getAsLong();
        } catch (RuntimeException e) {
            return -1; // the status line must never take the demo down
        }
    }
}
