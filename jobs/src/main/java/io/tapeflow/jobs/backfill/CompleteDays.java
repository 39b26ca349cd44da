package io.tapeflow.jobs.backfill;

import io.tapeflow.sources.polygon.flatfiles.DaySkipPredicate;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * The "this day is already in the outputs" markers behind {@code backfill --skip-complete}: one marker per dataset,
 * trading day and ticker scope, written only after a backfill job finished successfully for every file it read.
 * Implementations: {@link MongoCompleteDays} (collection {@code backfill_days}, used whenever MongoDB is an output) and
 * {@link DirectoryCompleteDays} ({@code _SUCCESS} files beside a local Parquet directory).
 *
 * <p>A day is skipped only when EVERY requested dataset has a marker for it under the same scope or the all-tickers
 * scope: reading quotes alone for a day whose trades were skipped would recompute its halts from half the input.
 */
public interface CompleteDays extends AutoCloseable {
    /** The all-tickers scope. */
    String ALL = "*";

    /** True when a marker exists for {@code dataset} on {@code day} under {@code scope} or the all-tickers scope. */
    boolean isComplete(FlatFileDataset dataset, LocalDate day, String scope);

    /** Records that {@code files} were processed to the end by a successful job, under {@code scope}. */
    void markComplete(Collection<PlannedFile> files, String scope);

    @Override
    default void close() {}

    /** The days of {@code plan} complete for every one of {@code datasets}, as a serializable skip predicate. */
    default DaySkipPredicate skipPredicate(BackfillPlan plan, FlatFileDataset[] datasets, String scope) {
        Set<LocalDate> complete = new HashSet<>();
        for (LocalDate day : plan.days()) {
            boolean all = true;
            for (FlatFileDataset d : datasets) {
                all &= isComplete(d, day, scope);
            }
            if (all) complete.add(day);
        }
        return new SkipDays(complete);
    }

    /** {@code *} for all tickers, else a stable short id of the sorted ticker list (markers must not grow per ticker). */
    static String scopeOf(String[] tickers) {
        if (tickers == null || tickers.length == 0 || Arrays.asList(tickers).contains(ALL)) return ALL;
        String[] sorted = tickers.clone();
        Arrays.sort(sorted);
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", sorted).getBytes(StandardCharsets.UTF_8));
            return "t-" + HexFormat.of().formatHex(sha, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixed set of days to skip; serializable, evaluated on the JobManager by the flat-file listing. */
    final class SkipDays implements DaySkipPredicate {
        private static final long serialVersionUID = 1L;
        private final HashSet<LocalDate> days;

        public SkipDays(Set<LocalDate> days) {
            this.days = new HashSet<>(days);
        }

        @Override
        public boolean skip(FlatFileDataset dataset, LocalDate day) {
            return days.contains(day);
        }

        public int size() {
            return days.size();
        }
    }
}
