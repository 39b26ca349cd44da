package io.tapeflow.sources.polygon.flatfiles.enumerator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.polygon.flatfiles.DaySkipPredicate;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.FlatFileFixtures;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import io.tapeflow.sources.polygon.flatfiles.store.LocalFlatFileStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.connector.source.ReaderInfo;
import org.apache.flink.api.connector.source.mocks.MockSplitEnumeratorContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pull-based assignment: one file per request, waiting for the listing, no-more-splits, splits given back. */
class FlatFileSourceEnumeratorTest {
    @TempDir
    Path root;

    private TradingDayListing threeDays() {
        for (String d : new String[] {"2024-04-01", "2024-04-02", "2024-04-03"}) {
            FlatFileFixtures.writeDay(root, FlatFileDataset.STOCKS_TRADES, LocalDate.parse(d), List.of());
        }
        return new TradingDayListing(new LocalFlatFileStore(root), new FlatFileDataset[] {FlatFileDataset.STOCKS_TRADES},
                LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-30"), DaySkipPredicate.none());
    }

    private static void register(MockSplitEnumeratorContext<FlatFileSplit> ctx, int... subtasks) {
        for (int s : subtasks) ctx.registerReader(new ReaderInfo(s, "localhost"));
    }

    @Test
    void readersWaitingBeforeTheListingGetOneFileEachWhenItArrives() throws Throwable {
        // Given two readers asking before the async listing ran
        try (MockSplitEnumeratorContext<FlatFileSplit> ctx = new MockSplitEnumeratorContext<>(2)) {
            register(ctx, 0, 1);
            FlatFileSourceEnumerator enumerator = new FlatFileSourceEnumerator(ctx, threeDays(), FlatFileEnumState.initial());
            enumerator.start();
            enumerator.handleSplitRequest(0, "localhost");
            enumerator.handleSplitRequest(1, "localhost");
            assertThat(ctx.getSplitsAssignmentSequence()).isEmpty();

            // When the listing completes
            ctx.runNextOneTimeCallable();

            // Then each gets exactly one file, the earliest days first
            assertThat(ctx.getSplitsAssignmentSequence()).hasSize(2);
            assertThat(ctx.getSplitsAssignmentSequence().get(0).assignment().get(0).get(0).day())
                    .isEqualTo(LocalDate.parse("2024-04-01"));
            assertThat(ctx.getSplitsAssignmentSequence().get(1).assignment().get(1).get(0).day())
                    .isEqualTo(LocalDate.parse("2024-04-02"));
            assertThat(enumerator.snapshotState(1).pending()).hasSize(1);
            assertThat(enumerator.snapshotState(1).totalFiles()).isEqualTo(3);
        }
    }

    @Test
    void aReaderAskingAfterTheLastFileIsToldThereAreNoMore() throws Throwable {
        // Given everything assigned
        try (MockSplitEnumeratorContext<FlatFileSplit> ctx = new MockSplitEnumeratorContext<>(1)) {
            register(ctx, 0);
            FlatFileSourceEnumerator enumerator = new FlatFileSourceEnumerator(ctx, threeDays(), FlatFileEnumState.initial());
            enumerator.start();
            ctx.runNextOneTimeCallable();
            for (int i = 0; i < 3; i++) enumerator.handleSplitRequest(0, "localhost");

            // When
            enumerator.handleSplitRequest(0, "localhost");

            // Then
            assertThat(ctx.getSplitsAssignmentSequence()).hasSize(3);
            assertThat(ctx.getSplitsAssignmentSequence()).extracting(a -> a.assignment().get(0).get(0).day().toString())
                    .containsExactly("2024-04-01", "2024-04-02", "2024-04-03");
        }
    }

    @Test
    void splitsGivenBackAfterAFailureAreReassignedFirstWithTheirPosition() throws Throwable {
        // Given a reader that failed while holding the first file at row 500
        try (MockSplitEnumeratorContext<FlatFileSplit> ctx = new MockSplitEnumeratorContext<>(1)) {
            register(ctx, 0);
            FlatFileSourceEnumerator enumerator = new FlatFileSourceEnumerator(ctx, threeDays(), FlatFileEnumState.initial());
            enumerator.start();
            ctx.runNextOneTimeCallable();
            enumerator.handleSplitRequest(0, "localhost");
            FlatFileSplit first = ctx.getSplitsAssignmentSequence().get(0).assignment().get(0).get(0);

            // When
            enumerator.addSplitsBack(List.of(first.withRowsConsumed(500)), 0);
            enumerator.handleSplitRequest(0, "localhost");

            // Then
            FlatFileSplit again = ctx.getSplitsAssignmentSequence().get(1).assignment().get(0).get(0);
            assertThat(again.key()).isEqualTo(first.key());
            assertThat(again.rowsConsumed()).isEqualTo(500);
        }
    }

    @Test
    void aRestoredEnumeratorDoesNotListAgain() throws Throwable {
        // Given a checkpoint taken after the listing with one file left
        FlatFileSplit left = new FlatFileSplit(FlatFileDataset.STOCKS_TRADES, LocalDate.parse("2024-04-03"),
                FlatFileDataset.STOCKS_TRADES.key(LocalDate.parse("2024-04-03")), 10, "e", 0);
        try (MockSplitEnumeratorContext<FlatFileSplit> ctx = new MockSplitEnumeratorContext<>(1)) {
            register(ctx, 0);
            FlatFileSourceEnumerator enumerator = new FlatFileSourceEnumerator(ctx, threeDays(),
                    new FlatFileEnumState(List.of(left), true, 3, 30));

            // When
            enumerator.start();
            enumerator.handleSplitRequest(0, "localhost");

            // Then
            assertThat(ctx.getOneTimeCallables()).isEmpty();
            assertThat(ctx.getSplitsAssignmentSequence()).hasSize(1);
            assertThat(ctx.getSplitsAssignmentSequence().get(0).assignment().get(0)).containsExactly(left);
        }
    }
}
