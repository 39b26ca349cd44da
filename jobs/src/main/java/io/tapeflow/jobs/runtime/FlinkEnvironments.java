package io.tapeflow.jobs.runtime;

import io.tapeflow.jobs.cli.CommonOptions;
import io.tapeflow.jobs.cli.TapeflowException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Creates the execution environment: an embedded MiniCluster with the web UI on 127.0.0.1 when run by the
 * {@code ./tapeflow} launcher, the cluster's context environment under {@code flink run}.
 */
public final class FlinkEnvironments {
    /** Set by the launcher; absent under {@code flink run}. */
    public static final String LOCAL_PROPERTY = "tapeflow.local";

    private FlinkEnvironments() {}

    /** True when this JVM is the launcher's local run rather than a job submitted to a cluster. */
    public static boolean isLocal() {
        return Boolean.getBoolean(LOCAL_PROPERTY);
    }

    /** Builds the environment for a job command with the common options applied. */
    public static StreamExecutionEnvironment create(CommonOptions options) {
        return create(options, new Configuration());
    }

    /**
     * As {@link #create(CommonOptions)}, with settings for the embedded MiniCluster of a local run where neither
     * deploy/flink-conf.yaml nor the options set them (ignored under {@code flink run}: the cluster decides).
     */
    public static StreamExecutionEnvironment create(CommonOptions options, Configuration localDefaults) {
        Configuration conf = isLocal() ? localConfiguration(options) : new Configuration();
        if (isLocal()) {
            for (String key : localDefaults.keySet()) {
                if (!conf.containsKey(key)) conf.setString(key, localDefaults.getString(key, null));
            }
        }
        applySafetyRails(conf);
        if (options.parallelism != null) {
            if (options.parallelism < 1) {
                throw new TapeflowException("--parallelism must be at least 1, got " + options.parallelism);
            }
            conf.set(CoreOptions.DEFAULT_PARALLELISM, options.parallelism);
        }
        if (options.checkpointDir != null) {
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, options.checkpointDir);
        }
        if (options.savepoint != null) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, options.savepoint);
        }
        if (!isLocal()) {
            return StreamExecutionEnvironment.getExecutionEnvironment(conf);
        }
        if (options.webUiPort > 0) {
            conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
            conf.set(RestOptions.ADDRESS, "127.0.0.1");
            conf.set(RestOptions.PORT, options.webUiPort);
            return StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(conf);
        }
        return StreamExecutionEnvironment.createLocalEnvironment(conf);
    }

    /** The two settings tapeflow's savepoint compatibility depends on, enforced whatever the cluster says. */
    public static void applySafetyRails(Configuration conf) {
        conf.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        conf.set(PipelineOptions.GENERIC_TYPES, false);
    }

    /** deploy/flink-conf.yaml with local paths for checkpoints and savepoints under the data directory. */
    static Configuration localConfiguration(CommonOptions options) {
        Path deployDir = Path.of(System.getProperty("tapeflow.home", ".")).resolve("deploy");
        Configuration conf = Files.isRegularFile(deployDir.resolve("flink-conf.yaml"))
                ? GlobalConfiguration.loadConfiguration(deployDir.toString())
                : new Configuration();
        // The Prometheus reporter is a cluster plugin; locally it would only log a class-not-found error.
        conf.keySet().stream().filter(k -> k.startsWith("metrics.reporter.prom.")).toList().forEach(conf::removeKey);
        Path data = options.dataDir.toAbsolutePath();
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, data.resolve("checkpoints").toUri().toString());
        conf.set(CheckpointingOptions.SAVEPOINT_DIRECTORY, data.resolve("savepoints").toUri().toString());
        InProcessMetrics.enable(conf);
        return conf;
    }
}
