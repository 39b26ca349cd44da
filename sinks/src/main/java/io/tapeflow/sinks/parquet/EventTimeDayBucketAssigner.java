package io.tapeflow.sinks.parquet;

import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;
import org.apache.flink.util.function.SerializableFunction;

import static org.apache.flink.util.Preconditions.checkNotNull;

/**
 * Buckets records into Hive-style {@code dt=YYYY-MM-DD} directories by a day taken from the record itself.
 *
 * <p>Unlike Flink's {@code DateTimeBucketAssigner} (processing time), the day is a function of the record, so a
 * replay or a backfill writes every row into the same partition as the live run did.
 */
public final class EventTimeDayBucketAssigner<T> implements BucketAssigner<T, String> {
    private static final long serialVersionUID = 1L;

    private final SerializableFunction<T, String> dayOf;

    /** @param dayOf returns the record's {@code YYYY-MM-DD} day; see {@link EasternTradingDay}. */
    // One assigner per sink subtask, called from its task thread only: a plain last-value cache is safe.
    private transient String lastDay;
    private transient String lastBucketId;

    public EventTimeDayBucketAssigner(SerializableFunction<T, String> dayOf) {
        this.dayOf = checkNotNull(dayOf, "dayOf");
    }

    @Override
    public String getBucketId(T element, Context context) {
        String day = dayOf.apply(element);
        if (day == null || day.length() != 10) {
            // A record without a usable day still lands somewhere visible instead of failing the job.
            return "dt=unknown";
        }
        String id = lastBucketId;
        if (id == null || !day.equals(lastDay)) {
            id = "dt=" + day;
            lastDay = day;
            lastBucketId = id;
        }
        return id;
    }

    @Override
    public SimpleVersionedSerializer<String> getSerializer() {
        return SimpleVersionedStringSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "EventTimeDayBucketAssigner";
    }
}
