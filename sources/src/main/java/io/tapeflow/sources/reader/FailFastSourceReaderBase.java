package io.tapeflow.sources.reader;

import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.source.reader.RecordEmitter;
import org.apache.flink.connector.base.source.reader.SingleThreadMultiplexSourceReaderBase;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.core.io.InputStatus;

import java.util.function.Supplier;

/**
 * A {@link SingleThreadMultiplexSourceReaderBase} that never misses an error of its fetcher thread, so a failing
 * {@code SplitReader.fetch()} always fails the task instead of leaving it waiting forever.
 *
 * <p>Why: Flink 1.20's {@code SourceReaderBase.getNextFetch} checks for a fetcher error <em>before</em> it polls the
 * hand-over queue, and a poll that finds the queue empty re-arms the reader's availability future. When the fetcher
 * fails between the two (its error handler records the error and completes the future, then the fetcher exits and
 * completes it once more), the poll overwrites that wake-up: {@code pollNext} answers NOTHING_AVAILABLE, the task
 * parks on a future that nobody will ever complete, and the job stays RUNNING with the error only in the log. Seen
 * as a WebSocket job whose refused API key never ended it. Checking again after a NOTHING_AVAILABLE closes the gap:
 * the error handler records the error before it takes the queue's lock, so an error whose wake-up the poll
 * overwrote is visible here, and any later error completes the re-armed future.
 */
public abstract class FailFastSourceReaderBase<E, T, SplitT extends SourceSplit, SplitStateT>
        extends SingleThreadMultiplexSourceReaderBase<E, T, SplitT, SplitStateT> {

    protected FailFastSourceReaderBase(Supplier<SplitReader<E, SplitT>> splitReaderSupplier,
            RecordEmitter<E, T, SplitStateT> recordEmitter, Configuration config, SourceReaderContext context) {
        super(splitReaderSupplier, recordEmitter, config, context);
    }

    @Override
    public InputStatus pollNext(ReaderOutput<T> output) throws Exception {
        InputStatus status = super.pollNext(output);
        if (status == InputStatus.NOTHING_AVAILABLE) {
            splitFetcherManager.checkErrors();
        }
        return status;
    }
}
