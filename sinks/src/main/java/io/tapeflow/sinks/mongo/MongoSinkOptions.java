package io.tapeflow.sinks.mongo;

import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.connector.base.DeliveryGuarantee;

import java.io.Serializable;
import java.time.Duration;

import static org.apache.flink.util.Preconditions.checkArgument;

/** Settings of the MongoDB upsert sinks: the {@code sink.mongo.*} ConfigOptions and the value built from them. */
public final class MongoSinkOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final ConfigOption<Integer> BATCH_SIZE = ConfigOptions.key("sink.mongo.batch-size")
            .intType()
            .defaultValue(1000)
            .withDescription("Upserts buffered per bulk write. 1000 keeps a bulk write well under MongoDB's"
                    + " 48 MB message limit for our documents and amortises the round trip.");

    public static final ConfigOption<Duration> BATCH_INTERVAL = ConfigOptions.key("sink.mongo.batch-interval")
            .durationType()
            .defaultValue(Duration.ofSeconds(1))
            .withDescription("Longest time a buffered upsert waits before it is written: the MongoDB view of"
                    + " bars and halts lags the stream by at most about this much.");

    public static final ConfigOption<Integer> MAX_RETRIES = ConfigOptions.key("sink.mongo.max-retries")
            .intType()
            .defaultValue(3)
            .withDescription("Retries of a failed bulk write (the connector waits 1 s, 2 s, 3 s ... between"
                    + " them, each attempt bounded by the URI's serverSelectionTimeoutMS). After the last one"
                    + " the task fails and Flink restarts it from the last checkpoint; upserts by _id make"
                    + " that replay harmless.");

    public static final ConfigOption<DeliveryGuarantee> DELIVERY_GUARANTEE =
            ConfigOptions.key("sink.mongo.delivery-guarantee")
                    .enumType(DeliveryGuarantee.class)
                    .defaultValue(DeliveryGuarantee.AT_LEAST_ONCE)
                    .withDescription("AT_LEAST_ONCE flushes on every checkpoint; with deterministic _ids and"
                            + " replace-upserts that is effectively exactly-once. NONE skips the flush.");

    private final int batchSize;
    private final long batchIntervalMs;
    private final int maxRetries;
    private final DeliveryGuarantee deliveryGuarantee;

    private MongoSinkOptions(int batchSize, long batchIntervalMs, int maxRetries, DeliveryGuarantee guarantee) {
        checkArgument(batchSize > 0, "sink.mongo.batch-size must be positive, got %s", batchSize);
        checkArgument(batchIntervalMs > 0, "sink.mongo.batch-interval must be positive");
        checkArgument(maxRetries >= 0, "sink.mongo.max-retries must be >= 0, got %s", maxRetries);
        checkArgument(guarantee != DeliveryGuarantee.EXACTLY_ONCE,
                "sink.mongo.delivery-guarantee EXACTLY_ONCE is not supported by the MongoDB sink;"
                        + " AT_LEAST_ONCE with upserts by _id is effectively exactly-once");
        this.batchSize = batchSize;
        this.batchIntervalMs = batchIntervalMs;
        this.maxRetries = maxRetries;
        this.deliveryGuarantee = guarantee;
    }

    public static MongoSinkOptions defaults() {
        return from(new Configuration());
    }

    public static MongoSinkOptions from(ReadableConfig config) {
        return new MongoSinkOptions(config.get(BATCH_SIZE), config.get(BATCH_INTERVAL).toMillis(),
                config.get(MAX_RETRIES), config.get(DELIVERY_GUARANTEE));
    }

    public int batchSize() {
        return batchSize;
    }

    public long batchIntervalMs() {
        return batchIntervalMs;
    }

    public int maxRetries() {
        return maxRetries;
    }

    public DeliveryGuarantee deliveryGuarantee() {
        return deliveryGuarantee;
    }

    @Override
    public String toString() {
        return "MongoSinkOptions{batch=" + batchSize + ", interval=" + batchIntervalMs + "ms, retries=" + maxRetries
                + ", " + deliveryGuarantee + "}";
    }
}
