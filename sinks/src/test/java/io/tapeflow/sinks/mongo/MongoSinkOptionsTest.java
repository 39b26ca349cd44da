package io.tapeflow.sinks.mongo;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sink.mongo.* options: defaults, values from a Flink Configuration, rejected settings. */
class MongoSinkOptionsTest {

    @Test
    void defaultsAreAtLeastOnceWithBoundedBatchesAndRetries() {
        MongoSinkOptions o = MongoSinkOptions.defaults();
        assertThat(o.deliveryGuarantee()).isEqualTo(DeliveryGuarantee.AT_LEAST_ONCE);
        assertThat(o.batchSize()).isEqualTo(MongoSinkOptions.BATCH_SIZE.defaultValue());
        assertThat(o.batchIntervalMs()).isEqualTo(MongoSinkOptions.BATCH_INTERVAL.defaultValue().toMillis());
        assertThat(o.maxRetries()).isEqualTo(MongoSinkOptions.MAX_RETRIES.defaultValue());
    }

    @Test
    void valuesComeFromTheFlinkConfiguration() {
        // Given
        Configuration conf = new Configuration();
        conf.set(MongoSinkOptions.BATCH_SIZE, 7);
        conf.set(MongoSinkOptions.BATCH_INTERVAL, Duration.ofMillis(250));
        conf.set(MongoSinkOptions.MAX_RETRIES, 0);
        // When
        MongoSinkOptions o = MongoSinkOptions.from(conf);
        // Then
        assertThat(o.batchSize()).isEqualTo(7);
        assertThat(o.batchIntervalMs()).isEqualTo(250);
        assertThat(o.maxRetries()).isZero();
    }

    @Test
    void exactlyOnceIsRejectedWithAnExplanation() {
        Configuration conf = new Configuration();
        conf.set(MongoSinkOptions.DELIVERY_GUARANTEE, DeliveryGuarantee.EXACTLY_ONCE);
        assertThatThrownBy(() -> MongoSinkOptions.from(conf)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("effectively exactly-once");
    }

    @Test
    void nonPositiveBatchSizeIsRejected() {
        Configuration conf = new Configuration();
        conf.set(MongoSinkOptions.BATCH_SIZE, 0);
        assertThatThrownBy(() -> MongoSinkOptions.from(conf)).hasMessageContaining("sink.mongo.batch-size");
    }
}
