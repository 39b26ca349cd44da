package io.tapeflow.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.FallbackKey;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.streaming.api.environment.ExecutionCheckpointingOptions;
import org.junit.jupiter.api.Test;

/** deploy/flink-conf.yaml is what clusters and local runs load: its keys must be real and its rails in place. */
class DeployConfigTest {
    private static final Path DEPLOY = Path.of("..", "deploy");

    @Test
    void deployConfigKeepsTheSavepointSafetyRails() {
        // Given
        Configuration conf = GlobalConfiguration.loadConfiguration(DEPLOY.toString());

        // Then
        assertThat(conf.get(PipelineOptions.AUTO_GENERATE_UIDS)).isFalse();
        assertThat(conf.get(PipelineOptions.GENERIC_TYPES)).isFalse();
        assertThat(conf.get(PipelineOptions.MAX_PARALLELISM)).isEqualTo(128);
        assertThat(conf.get(CheckpointingOptions.CHECKPOINTING_INTERVAL)).isEqualTo(Duration.ofMinutes(1));
        assertThat(conf.get(StateBackendOptions.STATE_BACKEND)).isEqualTo("hashmap");
        assertThat(conf.get(RestartStrategyOptions.RESTART_STRATEGY)).isEqualTo("exponential-delay");
    }

    @Test
    void everyKeyInTheDeployConfigIsAKnownAndCurrentFlinkOption() throws Exception {
        // Given: all keys (and deprecated/fallback keys) Flink declares for the areas the file configures
        Set<String> known = new HashSet<>();
        for (Class<?> holder : List.of(CoreOptions.class, PipelineOptions.class, CheckpointingOptions.class,
                StateBackendOptions.class, RestartStrategyOptions.class, StateRecoveryOptions.class,
                ExecutionCheckpointingOptions.class)) {
            for (Field f : holder.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && ConfigOption.class.isAssignableFrom(f.getType())) {
                    ConfigOption<?> option = (ConfigOption<?>) f.get(null);
                    known.add(option.key());
                    for (FallbackKey k : option.fallbackKeys()) {
                        if (!k.isDeprecated()) {
                            known.add(k.getKey());
                        }
                    }
                }
            }
        }
        Configuration conf = GlobalConfiguration.loadConfiguration(DEPLOY.toString());

        // Then: Flink silently ignores a typo and only warns about a deprecated key, so catch both here
        assertThat(conf.keySet())
                .filteredOn(k -> !k.startsWith("metrics.reporter."))
                .allSatisfy(k -> assertThat(known).as("known Flink option").contains(k));
    }
}
