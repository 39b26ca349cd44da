package io.tapeflow.sources.polygon.flatfiles.enumerator;

import io.tapeflow.sources.polygon.flatfiles.DaySkipPredicate;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileObject;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a date range into the day files that exist: one listing per dataset and month, so weekends and holidays
 * (which have no file) drop out without a holiday calendar. Splits come out ordered by day, then dataset, so
 * readers move through history roughly in event-time order.
 */
public final class TradingDayListing implements Serializable {
    private static final long serialVersionUID = 1L;

    private final FlatFileStore store;
    private final FlatFileDataset[] datasets;
    private final LocalDate from;
    private final LocalDate to;
    private final DaySkipPredicate skip;

    public TradingDayListing(FlatFileStore store, FlatFileDataset[] datasets, LocalDate from, LocalDate to,
            DaySkipPredicate skip) {
        this.store = store;
        this.datasets = datasets.clone();
        this.from = from;
        this.to = to;
        this.skip = skip;
    }

    /** Lists every month of the range for every dataset; inclusive of both ends. */
    public List<FlatFileSplit> discover() throws IOException {
        List<FlatFileSplit> splits = new ArrayList<>();
        for (FlatFileDataset dataset : datasets) {
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                for (FlatFileObject o : store.list(dataset.monthPrefix(m))) {
                    LocalDate day = dataset.dayOf(o.key());
                    if (day == null || day.isBefore(from) || day.isAfter(to) || skip.skip(dataset, day)) continue;
                    splits.add(new FlatFileSplit(dataset, day, o.key(), o.size(), o.etag(), 0L));
                }
            }
        }
        splits.sort(Comparator.comparing(FlatFileSplit::day).thenComparing(FlatFileSplit::dataset));
        return splits;
    }

    /** Where the listing reads from, for messages. */
    public String describe() {
        return store.describe();
    }
}
