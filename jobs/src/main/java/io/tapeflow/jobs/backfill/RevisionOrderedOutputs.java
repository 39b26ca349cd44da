package io.tapeflow.jobs.backfill;

import io.tapeflow.jobs.mapping.DatasetSpec;
import io.tapeflow.jobs.mapping.Datasets;
import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.pipeline.Outputs;
import io.tapeflow.sources.model.Gap;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * BATCH-mode outputs: gives every version of a revisioned record ({@code bars}, {@code halts}, {@code gaps}) its
 * revision as record timestamp before the sinks. In BATCH the MongoDB sink's keyBy sorts by {@code _id} and timestamp,
 * and a version emitted by an end-of-key flush carries an older timer timestamp than the version before it; sorted by
 * revision instead, the last upsert is always the highest revision. Parquet partitions by the record's own day field,
 * so the timestamp change is invisible there.
 */
public final class RevisionOrderedOutputs implements Outputs {
    /** Uid prefix of the re-stamping operators (stateless; one per revisioned dataset). */
    public static final String UID_PREFIX = "backfill-revision-order-";

    private final Outputs delegate;

    public RevisionOrderedOutputs(Outputs delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> void write(DatasetSpec<T> dataset, DataStream<T> stream) {
        boolean revisioned = dataset == Datasets.BARS || dataset == Datasets.HALTS || dataset == Datasets.GAPS;
        if (!revisioned) {
            delegate.write(dataset, stream);
            return;
        }
        DataStream<T> ordered = stream
                .assignTimestampsAndWatermarks(WatermarkStrategy.<T>noWatermarks()
                        .withTimestampAssigner((r, ts) -> revisionOf(r)))
                .uid(UID_PREFIX + dataset.name())
                .name("Order " + dataset.name() + " by revision");
        delegate.write(dataset, ordered);
    }

    static long revisionOf(Object record) {
        if (record instanceof Bar) return ((Bar) record).revision;
        if (record instanceof Halt) return ((Halt) record).revision;
        if (record instanceof Gap) return ((Gap) record).revision;
        return 0L;
    }
}
