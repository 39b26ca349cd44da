package io.tapeflow.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.polygon.flatfiles.DaySkipPredicate;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.store.LocalFlatFileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackfillPlanTest {
    private static final LocalDate MON = LocalDate.parse("2024-03-11");
    private static final LocalDate TUE = MON.plusDays(1);

    private static PlannedFile file(FlatFileDataset d, LocalDate day) {
        return new PlannedFile(d, day, d.key(day), 100);
    }

    @Test
    void aDayIsDoneOnlyOnceEveryFileUpToItsLastIsDone() {
        // Given two days of trades and quotes, in the enumerator's order
        BackfillPlan plan = new BackfillPlan(List.of(file(FlatFileDataset.STOCKS_TRADES, MON),
                file(FlatFileDataset.STOCKS_QUOTES, MON), file(FlatFileDataset.STOCKS_TRADES, TUE),
                file(FlatFileDataset.STOCKS_QUOTES, TUE)));

        // When / Then
        assertThat(plan.days()).containsExactly(MON, TUE);
        assertThat(plan.daysDone(0)).isZero();
        assertThat(plan.daysDone(1)).isZero();
        assertThat(plan.daysDone(2)).isEqualTo(1);
        assertThat(plan.daysDone(3)).isEqualTo(1);
        assertThat(plan.daysDone(4)).isEqualTo(2);
        assertThat(plan.totalBytes()).isEqualTo(400);
    }

    @Test
    void theListingSkipsWeekendsByTheFilesThatExistAndHonoursTheSkipPredicate(@TempDir Path dir) throws Exception {
        // Given trades files for Monday and Tuesday only
        for (LocalDate d : List.of(MON, TUE)) {
            Path f = dir.resolve(FlatFileDataset.STOCKS_TRADES.key(d));
            Files.createDirectories(f.getParent());
            Files.write(f, new byte[10]);
        }

        // When the whole week is planned, once with Monday skipped
        BackfillPlan all = BackfillPlan.list(new LocalFlatFileStore(dir),
                new FlatFileDataset[] {FlatFileDataset.STOCKS_TRADES}, MON, MON.plusDays(6), DaySkipPredicate.none());
        BackfillPlan skipped = BackfillPlan.list(new LocalFlatFileStore(dir),
                new FlatFileDataset[] {FlatFileDataset.STOCKS_TRADES}, MON, MON.plusDays(6), (d, day) -> day.equals(MON));

        // Then
        assertThat(all.days()).containsExactly(MON, TUE);
        assertThat(skipped.files()).extracting(PlannedFile::day).containsExactly(TUE);
    }
}
