package io.tapeflow.sources.polygon.flatfiles;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The incremental-backfill hook: days the caller already has complete outputs for are not read. Evaluated once, on
 * the JobManager, when the listing runs (never again after a restore).
 */
@FunctionalInterface
public interface DaySkipPredicate extends Serializable {

    /** True to skip {@code day} of {@code dataset}. */
    boolean skip(FlatFileDataset dataset, LocalDate day);

    /** Reads every listed day. */
    static DaySkipPredicate none() {
        return (dataset, day) -> false;
    }
}
