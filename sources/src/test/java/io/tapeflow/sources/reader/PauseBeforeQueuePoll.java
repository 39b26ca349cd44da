package io.tapeflow.sources.reader;

import org.apache.flink.connector.base.source.reader.SourceReaderBase;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an action on the polling thread at the one point where Flink's {@code SourceReaderBase.getNextFetch} has
 * checked for fetcher errors but not yet polled its queue, as a preempted task thread would pause there. It hooks
 * the TRACE line Flink 1.20 logs between the two; {@link #times()} tells whether the hook was reached at all.
 */
final class PauseBeforeQueuePoll extends AbstractAppender implements AutoCloseable {
    private static final String LOGGER = SourceReaderBase.class.getName();
    private static final String LINE_BETWEEN_CHECK_AND_POLL = "Getting next source data batch from queue";

    private final Thread poller;
    private final Runnable action;
    private final AtomicInteger times = new AtomicInteger();

    private PauseBeforeQueuePoll(Thread poller, Runnable action) {
        super("pause-before-queue-poll", null, null, false, Property.EMPTY_ARRAY);
        this.poller = poller;
        this.action = action;
    }

    /** Runs {@code action} once, the next time {@code poller} is between the error check and the poll. */
    static PauseBeforeQueuePoll install(Thread poller, Runnable action) {
        PauseBeforeQueuePoll hook = new PauseBeforeQueuePoll(poller, action);
        hook.start();
        LoggerContext context = LoggerContext.getContext(false);
        LoggerConfig config = new LoggerConfig(LOGGER, Level.TRACE, false);
        config.addAppender(hook, Level.TRACE, null);
        context.getConfiguration().addLogger(LOGGER, config);
        context.updateLoggers();
        return hook;
    }

    @Override
    public void append(LogEvent event) {
        if (Thread.currentThread() == poller && LINE_BETWEEN_CHECK_AND_POLL.equals(event.getMessage().getFormat())
                && times.getAndIncrement() == 0) {
            action.run();
        }
    }

    int times() {
        return times.get();
    }

    @Override
    public void close() {
        LoggerContext context = LoggerContext.getContext(false);
        context.getConfiguration().removeLogger(LOGGER);
        context.updateLoggers();
        stop();
    }
}
