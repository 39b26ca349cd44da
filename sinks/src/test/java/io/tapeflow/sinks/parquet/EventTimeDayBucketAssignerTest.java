package io.tapeflow.sinks.parquet;

import org.apache.flink.core.io.SimpleVersionedSerialization;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Buckets come from the record, never from processing time or watermarks. */
class EventTimeDayBucketAssignerTest {

    /** A context whose clocks are far from the record's event time, to prove they are not used. */
    private static final BucketAssigner.Context WRONG_CLOCKS = new BucketAssigner.Context() {
        @Override
        public long currentProcessingTime() {
            return Instant.parse("2030-01-01T12:00:00Z").toEpochMilli();
        }

        @Override
        public long currentWatermark() {
            return Instant.parse("2029-01-01T12:00:00Z").toEpochMilli();
        }

        @Override
        public Long timestamp() {
            return Instant.parse("2028-01-01T12:00:00Z").toEpochMilli();
        }
    };

    @Test
    void bucketIsTheHivePartitionOfTheRecordsEasternDayNotProcessingTime() {
        // Given records carrying their own epoch-ms event time
        EventTimeDayBucketAssigner<Long> assigner = new EventTimeDayBucketAssigner<>(EasternTradingDay::ofEpochMillis);
        long lateEvening = Instant.parse("2024-06-15T00:00:00Z").toEpochMilli(); // 20:00 EDT on the 14th
        // When
        String bucket = assigner.getBucketId(lateEvening, WRONG_CLOCKS);
        // Then
        assertThat(bucket).isEqualTo("dt=2024-06-14");
    }

    @Test
    void recordWithoutADayGoesToAnUnknownPartitionInsteadOfFailing() {
        // Given a day function that cannot tell
        EventTimeDayBucketAssigner<String> assigner = new EventTimeDayBucketAssigner<>(s -> s);
        // Then
        assertThat(assigner.getBucketId(null, WRONG_CLOCKS)).isEqualTo("dt=unknown");
        assertThat(assigner.getBucketId("garbage", WRONG_CLOCKS)).isEqualTo("dt=unknown");
    }

    @Test
    void bucketIdsSurviveTheCheckpointSerializer() throws Exception {
        // Given
        EventTimeDayBucketAssigner<String> assigner = new EventTimeDayBucketAssigner<>(s -> s);
        String bucket = assigner.getBucketId("2024-03-10", WRONG_CLOCKS);
        // When
        byte[] bytes = SimpleVersionedSerialization.writeVersionAndSerialize(assigner.getSerializer(), bucket);
        // Then
        assertThat(SimpleVersionedSerialization.readVersionAndDeSerialize(assigner.getSerializer(), bytes))
                .isEqualTo("dt=2024-03-10");
    }
}
