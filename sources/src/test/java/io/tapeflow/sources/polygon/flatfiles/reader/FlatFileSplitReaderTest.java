package io.tapeflow.sources.polygon.flatfiles.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.FlatFileFixtures;
import io.tapeflow.sources.polygon.flatfiles.FlatFileProgressListener;
import io.tapeflow.sources.polygon.flatfiles.csv.TickerFilter;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileMissingException;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileObject;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import io.tapeflow.sources.polygon.flatfiles.store.LocalFlatFileStore;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher-side reader: resume position, missing and replaced files, dropped connections, metrics. */
class FlatFileSplitReaderTest {
    private static final LocalDate DAY = LocalDate.of(2024, 4, 5);
    private static final FlatFileDataset TRADES = FlatFileDataset.STOCKS_TRADES;

    @TempDir
    Path root;

    private void writeRows(int n) {
        FlatFileFixtures.writeDay(root, TRADES, DAY, LongStream.rangeClosed(1, n)
                .mapToObj(i -> FlatFileFixtures.tradeRow("AAPL", i, FlatFileFixtures.marketOpenNs(DAY) + i, "170.5", "10"))
                .collect(Collectors.toList()));
    }

    private FlatFileSplit split(FlatFileStore store, long rowsConsumed) throws IOException {
        FlatFileObject o = store.stat(TRADES.key(DAY));
        return new FlatFileSplit(TRADES, DAY, o.key(), o.size(), o.etag(), rowsConsumed);
    }

    private static List<FlatFileRecord> drain(FlatFileSplitReader reader, List<String> finished) throws IOException {
        List<FlatFileRecord> out = new ArrayList<>();
        while (finished.isEmpty()) {
            RecordsWithSplitIds<FlatFileRecord> batch = reader.fetch();
            while (batch.nextSplit() != null) {
                for (FlatFileRecord r = batch.nextRecordFromSplit(); r != null; r = batch.nextRecordFromSplit()) out.add(r);
            }
            finished.addAll(batch.finishedSplits());
        }
        return out;
    }

    private static FlatFileSplitReader reader(FlatFileStore store, FlatFileReaderMetrics metrics) {
        return new FlatFileSplitReader(store, TickerFilter.all(), FlatFileProgressListener.none(), metrics, 7);
    }

    @Test
    void aRestoredSplitContinuesAfterTheLastConsumedRowInSmallBatches() throws IOException {
        // Given a 20-row file of which 12 rows were consumed before the checkpoint
        writeRows(20);
        LocalFlatFileStore store = new LocalFlatFileStore(root);
        FlatFileReaderMetrics metrics = new FlatFileReaderMetrics(new UnregisteredMetricsGroup());
        FlatFileSplitReader reader = reader(store, metrics);
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(split(store, 12))));

        // When
        List<String> finished = new ArrayList<>();
        List<FlatFileRecord> records = drain(reader, finished);

        // Then rows 13..20 come out once each, each carrying the position just after it
        assertThat(records).extracting(r -> r.event().trade.sequence).containsExactly(13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
        assertThat(records).extracting(FlatFileRecord::rowsConsumed).containsExactly(13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
        assertThat(finished).containsExactly(TRADES.key(DAY));
        assertThat(metrics.rowsRead()).isEqualTo(8);
        assertThat(metrics.bytesRead.getCount()).isEqualTo(store.stat(TRADES.key(DAY)).size());
        reader.close();
    }

    @Test
    void aFileReplacedSinceTheCheckpointFailsInsteadOfResumingAtAMeaninglessRow() throws IOException {
        // Given a checkpointed position in a file whose ETag has since changed
        writeRows(5);
        LocalFlatFileStore store = new LocalFlatFileStore(root);
        FlatFileSplit old = split(store, 3);
        FlatFileSplit stale = new FlatFileSplit(TRADES, DAY, old.key(), old.sizeBytes(), "old-etag", 3);
        FlatFileSplitReader reader = reader(store, new FlatFileReaderMetrics(new UnregisteredMetricsGroup()));
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(stale)));

        // When / Then
        assertThatThrownBy(reader::fetch).hasMessageContaining(TRADES.key(DAY)).hasMessageContaining("replaced");
    }

    @Test
    void aFileTheListingPromisedButIsGoneIsAClearError() {
        // Given a split for a file that does not exist
        LocalFlatFileStore store = new LocalFlatFileStore(root);
        FlatFileSplit gone = new FlatFileSplit(TRADES, DAY, TRADES.key(DAY), 100, "", 0);
        FlatFileSplitReader reader = reader(store, new FlatFileReaderMetrics(new UnregisteredMetricsGroup()));
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(gone)));

        // When / Then
        assertThatThrownBy(reader::fetch).isInstanceOf(FlatFileMissingException.class)
                .hasMessageContaining("us_stocks_sip/trades_v1/2024/04/2024-04-05.csv.gz is missing");
    }

    @Test
    void aDroppedConnectionMidFileIsResumedAtTheSameByteWithoutLosingRows() throws IOException {
        // Given a store whose first stream dies after 300 compressed bytes
        writeRows(2000);
        FlakyStore store = new FlakyStore(new LocalFlatFileStore(root), 300);
        FlatFileSplitReader reader = reader(store, new FlatFileReaderMetrics(new UnregisteredMetricsGroup()));
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(split(store, 0))));

        // When
        List<FlatFileRecord> records = drain(reader, new ArrayList<>());

        // Then
        assertThat(store.opensFrom).containsExactly(0L, 300L);
        assertThat(records).extracting(r -> r.event().trade.sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 2000).boxed().collect(Collectors.toList()));
    }

    @Test
    void aTruncatedGzipFailsNamingTheFileAndTheRowReached() throws IOException {
        // Given a day file cut off in the middle of its compressed stream
        writeRows(3000);
        Path file = root.resolve(TRADES.key(DAY));
        byte[] all = java.nio.file.Files.readAllBytes(file);
        java.nio.file.Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
        LocalFlatFileStore store = new LocalFlatFileStore(root);
        FlatFileSplitReader reader = new FlatFileSplitReader(store, TickerFilter.all(), FlatFileProgressListener.none(),
                new FlatFileReaderMetrics(new UnregisteredMetricsGroup()), 100_000);
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(split(store, 0))));

        // When / Then
        assertThatThrownBy(reader::fetch).hasMessageStartingWith(TRADES.key(DAY) + ": reading failed after row ");
    }

    @Test
    void aFileReplacedWhileTheConnectionWasDownIsNotSplicedOntoTheOldBytes() throws IOException {
        // Given a split listed with one ETag, a store whose first stream breaks, and a store now reporting another ETag
        writeRows(2000);
        LocalFlatFileStore local = new LocalFlatFileStore(root);
        FlatFileSplit listed = split(local, 0);
        FlatFileSplit stale = new FlatFileSplit(TRADES, DAY, listed.key(), listed.sizeBytes(), "etag-at-listing", 0);
        FlatFileSplitReader reader = reader(new FlakyStore(local, 300), new FlatFileReaderMetrics(new UnregisteredMetricsGroup()));
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(stale)));

        // When / Then
        assertThatThrownBy(() -> drain(reader, new ArrayList<>())).hasMessageContaining("was replaced while being read");
    }

    /** A store whose first opened stream fails after {@code failAfter} bytes. */
    static final class FlakyStore implements FlatFileStore {
        private final FlatFileStore delegate;
        private final long failAfter;
        final List<Long> opensFrom = new ArrayList<>();

        FlakyStore(FlatFileStore delegate, long failAfter) {
            this.delegate = delegate;
            this.failAfter = failAfter;
        }

        @Override
        public List<FlatFileObject> list(String prefix) throws IOException {
            return delegate.list(prefix);
        }

        @Override
        public FlatFileObject stat(String key) throws IOException {
            return delegate.stat(key);
        }

        @Override
        public InputStream open(String key, long fromByte) throws IOException {
            opensFrom.add(fromByte);
            InputStream in = delegate.open(key, fromByte);
            if (opensFrom.size() > 1) return in;
            return new FilterInputStream(in) {
                long read;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (read >= failAfter) throw new IOException("connection reset");
                    int n = super.read(b, off, (int) Math.min(len, failAfter - read));
                    if (n > 0) read += n;
                    return n;
                }
            };
        }

        @Override
        public String describe() {
            return "flaky";
        }

        @Override
        public void close() {}
    }
}
