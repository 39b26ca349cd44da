package io.tapeflow.jobs.backfill;

import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.time.LocalDate;

/** One day file a backfill will read: the client-side view of a flat-file split, for progress and markers. */
public record PlannedFile(FlatFileDataset dataset, LocalDate day, String key, long sizeBytes) {}
