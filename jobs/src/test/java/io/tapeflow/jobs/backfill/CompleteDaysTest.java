package io.tapeflow.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.polygon.flatfiles.DaySkipPredicate;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompleteDaysTest {
    private static final LocalDate MON = LocalDate.parse("2024-03-11");
    private static final LocalDate TUE = MON.plusDays(1);
    private static final FlatFileDataset T = FlatFileDataset.STOCKS_TRADES;
    private static final FlatFileDataset Q = FlatFileDataset.STOCKS_QUOTES;

    private static PlannedFile file(FlatFileDataset d, LocalDate day) {
        return new PlannedFile(d, day, d.key(day), 1);
    }

    @Test
    void theTickerScopeIsStarForAllAndAStableIdOtherwise() {
        assertThat(CompleteDays.scopeOf(new String[] {"*"})).isEqualTo("*");
        assertThat(CompleteDays.scopeOf(null)).isEqualTo("*");
        assertThat(CompleteDays.scopeOf(new String[] {"MSFT", "AAPL"}))
                .isEqualTo(CompleteDays.scopeOf(new String[] {"AAPL", "MSFT"}))
                .isNotEqualTo(CompleteDays.scopeOf(new String[] {"AAPL"}))
                .startsWith("t-");
    }

    @Test
    void aDayIsSkippedOnlyWhenEveryRequestedDatasetIsMarked(@TempDir Path dir) throws Exception {
        // Given Monday complete for trades and quotes, Tuesday for trades only
        DirectoryCompleteDays markers = new DirectoryCompleteDays(dir);
        markers.markComplete(List.of(file(T, MON), file(Q, MON), file(T, TUE)), CompleteDays.ALL);
        BackfillPlan plan = new BackfillPlan(List.of(file(T, MON), file(Q, MON), file(T, TUE), file(Q, TUE)));

        // When the skip predicate for trades and quotes is built
        DaySkipPredicate skip = markers.skipPredicate(plan, new FlatFileDataset[] {T, Q}, CompleteDays.ALL);

        // Then Monday is skipped for every dataset and Tuesday for none
        assertThat(skip.skip(T, MON)).isTrue();
        assertThat(skip.skip(Q, MON)).isTrue();
        assertThat(skip.skip(T, TUE)).isFalse();
        assertThat(skip.skip(Q, TUE)).isFalse();
        // and the predicate survives the trip to the JobManager
        assertThat(roundTrip(skip).skip(Q, MON)).isTrue();
    }

    @Test
    void anAllTickersMarkerCoversASubsetButNotTheOtherWayRound(@TempDir Path dir) {
        // Given markers for a two-ticker run on Monday and an all-tickers run on Tuesday
        DirectoryCompleteDays markers = new DirectoryCompleteDays(dir);
        String subset = CompleteDays.scopeOf(new String[] {"AAPL", "MSFT"});
        markers.markComplete(List.of(file(T, MON)), subset);
        markers.markComplete(List.of(file(T, TUE)), CompleteDays.ALL);

        // Then
        assertThat(markers.isComplete(T, MON, subset)).isTrue();
        assertThat(markers.isComplete(T, MON, CompleteDays.ALL)).isFalse();
        assertThat(markers.isComplete(T, TUE, subset)).isTrue();
        assertThat(markers.isComplete(T, TUE, CompleteDays.scopeOf(new String[] {"NVDA"}))).isTrue();
    }

    private static DaySkipPredicate roundTrip(DaySkipPredicate p) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (DaySkipPredicate) in.readObject();
        }
    }
}
