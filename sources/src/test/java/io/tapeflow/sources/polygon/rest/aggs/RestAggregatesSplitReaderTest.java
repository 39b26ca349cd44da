package io.tapeflow.sources.polygon.rest.aggs;

import static io.tapeflow.sources.polygon.testutils.FakePolygonRestClient.bar;
import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.polygon.rest.RestPage;
import io.tapeflow.sources.polygon.rest.source.PositionedRecord;
import io.tapeflow.sources.polygon.testutils.FakePolygonRestClient;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.junit.jupiter.api.Test;

/** Pages through a chunk, passes rejects on, and skips what a restored split already emitted. */
class RestAggregatesSplitReaderTest {
    private static final RestAggregatesSplit CHUNK = new RestAggregatesSplit("AAPL", Aggregate.MINUTE,
            LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-30"), RestAggregatesSplit.NONE);

    private static FakePolygonRestClient twoPages() {
        return new FakePolygonRestClient()
                .aggregatesPage(CHUNK.query(), null, new RestPage<>(List.of(bar("AAPL", 1000), bar("AAPL", 61000)),
                        List.of(Reject.of("rest", "GET x results[2]", "t is missing", "{}")), "/next?cursor=1"))
                .aggregatesPage(CHUNK.query(), "/next?cursor=1", new RestPage<>(List.of(bar("AAPL", 121000)), List.of(), null));
    }

    private static List<PositionedRecord> drain(RestAggregatesSplitReader reader, List<String> finished) throws IOException {
        List<PositionedRecord> out = new ArrayList<>();
        while (finished.isEmpty()) {
            RecordsWithSplitIds<PositionedRecord> batch = reader.fetch();
            while (batch.nextSplit() != null) {
                for (PositionedRecord r = batch.nextRecordFromSplit(); r != null; r = batch.nextRecordFromSplit()) out.add(r);
            }
            finished.addAll(batch.finishedSplits());
        }
        return out;
    }

    @Test
    void followsTheCursorAcrossPagesAndFinishesTheSplit() throws IOException {
        // Given
        FakePolygonRestClient client = twoPages();
        RestAggregatesSplitReader reader = new RestAggregatesSplitReader(client);
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(CHUNK)));

        // When
        List<String> finished = new ArrayList<>();
        List<PositionedRecord> records = drain(reader, finished);

        // Then
        assertThat(records).extracting(r -> r.event.kind).containsExactly(EventKind.AGGREGATE, EventKind.AGGREGATE,
                EventKind.REJECT, EventKind.AGGREGATE);
        assertThat(records).extracting(r -> r.position).containsExactly(1000L, 61000L, PositionedRecord.NO_POSITION, 121000L);
        assertThat(finished).containsExactly("AAPL:1m:2024-04-01:2024-04-30");
        assertThat(client.calls).hasSize(2);
    }

    @Test
    void aRestoredSplitSkipsBarsUpToTheLastEmittedOne() throws IOException {
        // Given the chunk restored after the bar at 61000 was emitted
        RestAggregatesSplitReader reader = new RestAggregatesSplitReader(twoPages());
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(CHUNK.withLastStartMs(61000))));

        // When
        List<PositionedRecord> records = drain(reader, new ArrayList<>());

        // Then
        assertThat(records).filteredOn(r -> r.event.kind == EventKind.AGGREGATE).extracting(r -> r.event.aggregate.startMs)
                .containsExactly(121000L);
    }

    @Test
    void longRangesAreCutIntoChunksPerTicker() {
        // Given 65 days of minutes for two tickers
        RestAggregatesSource source = RestAggregatesSource.builder().clients(FakePolygonRestClient::new)
                .tickers("AAPL", "MSFT").dateRange(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-05")).build();

        // Then: 30 + 30 + 5 days, ticker by ticker within each chunk
        assertThat(source.splits()).extracting(RestAggregatesSplit::splitId).containsExactly(
                "AAPL:1m:2024-01-01:2024-01-30", "MSFT:1m:2024-01-01:2024-01-30",
                "AAPL:1m:2024-01-31:2024-02-29", "MSFT:1m:2024-01-31:2024-02-29",
                "AAPL:1m:2024-03-01:2024-03-05", "MSFT:1m:2024-03-01:2024-03-05");
    }
}
