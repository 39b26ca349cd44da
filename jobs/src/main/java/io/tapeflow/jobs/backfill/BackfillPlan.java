package io.tapeflow.jobs.backfill;

import io.tapeflow.sources.polygon.flatfiles.DaySkipPredicate;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.enumerator.TradingDayListing;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The files a flat-file backfill will read, listed on the client with the same listing the source's enumerator runs,
 * so the progress bar knows its totals and a successful run knows which days to mark complete.
 */
public final class BackfillPlan {
    private final List<PlannedFile> files;

    public BackfillPlan(List<PlannedFile> files) {
        this.files = List.copyOf(files);
    }

    /** Lists the store (one listing per dataset and month), in the enumerator's order: by day, then dataset. */
    public static BackfillPlan list(FlatFileStore store, FlatFileDataset[] datasets, LocalDate from, LocalDate to,
            DaySkipPredicate skip) throws IOException {
        List<PlannedFile> files = new ArrayList<>();
        for (FlatFileSplit s : new TradingDayListing(store, datasets, from, to, skip).discover()) {
            files.add(new PlannedFile(s.dataset(), s.day(), s.key(), s.sizeBytes()));
        }
        return new BackfillPlan(files);
    }

    public List<PlannedFile> files() {
        return files;
    }

    public SortedSet<LocalDate> days() {
        SortedSet<LocalDate> days = new TreeSet<>();
        files.forEach(f -> days.add(f.day()));
        return days;
    }

    public long totalBytes() {
        return files.stream().mapToLong(PlannedFile::sizeBytes).sum();
    }

    /**
     * Days done when {@code filesDone} files are finished. Files are handed out in listing order, so a day counts as
     * done once every file up to its last one is; with several readers this can lag by the files still open.
     */
    public int daysDone(long filesDone) {
        int done = 0;
        for (int i = 0; i < files.size(); i++) {
            LocalDate day = files.get(i).day();
            boolean lastOfDay = i + 1 == files.size() || !files.get(i + 1).day().equals(day);
            if (lastOfDay && i < filesDone) {
                done++;
            }
        }
        return done;
    }
}
