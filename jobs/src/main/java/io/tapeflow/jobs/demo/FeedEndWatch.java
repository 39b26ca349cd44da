package io.tapeflow.jobs.demo;

import io.tapeflow.simulator.PolygonSimulator;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;

/**
 * Ends the demo when the simulated session is over but the job cannot see its end: normally the source ends at the
 * session close ({@code --until}), but when the job fell behind (the simulator cut it as a slow consumer) the last
 * events may never come. Once the simulator's feed ended and nothing arrived for a while, the job is stopped with a
 * draining savepoint, which fires every pending timer and commits every sink.
 */
public final class FeedEndWatch {
    private static final long QUIET_NANOS = Duration.ofSeconds(10).toNanos();

    private final PolygonSimulator sim;
    private final Path savepointDir;
    private long lastEvents = -1;
    private long quietSince;
    private boolean stopping;

    public FeedEndWatch(PolygonSimulator sim, Path savepointDir) {
        this.sim = sim;
        this.savepointDir = savepointDir;
    }

    /** Called about once a second while the job runs. */
    public void tick(JobClient client) {
        long events = StatusLine.events();
        long now = System.nanoTime();
        if (events != lastEvents) {
            lastEvents = events;
            quietSince = now;
            return;
        }
        if (stopping || now - quietSince < QUIET_NANOS || !feedEnded()) {
            return;
        }
        stopping = true;
        System.err.println("\ntapeflow: the simulated session ended; draining the job");
        client.stopWithSavepoint(true, savepointDir.toUri().toString(), SavepointFormatType.CANONICAL);
    }

    private boolean feedEnded() {
        try {
            return sim.awaitFeedEnd(Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
