package io.tapeflow.jobs.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every job command shares (CONTRACT section 1): outputs, parallelism, checkpoints, savepoints, web UI. */
public class CommonOptions {
    @Option(names = "--parquet-dir", paramLabel = "DIR|s3://bucket/prefix",
            description = "Where Parquet datasets go (default: ${DEFAULT-VALUE}); 'none' disables Parquet.",
            defaultValue = "tapeflow-data/parquet")
    public String parquetDir;

    @Option(names = "--mongo-uri", paramLabel = "URI",
            description = "MongoDB to upsert into (default: an embedded server under tapeflow-data/mongo); 'none' disables MongoDB.")
    public String mongoUri;

    @Option(names = "--mongo-db", paramLabel = "NAME", defaultValue = "tapeflow",
            description = "MongoDB database (default: ${DEFAULT-VALUE}).")
    public String mongoDb;

    @Option(names = "--parallelism", paramLabel = "N", description = "Job parallelism (default: from flink-conf.yaml).")
    public Integer parallelism;

    @Option(names = "--checkpoint-dir", paramLabel = "URI",
            description = "Checkpoint storage (default: tapeflow-data/checkpoints locally, flink-conf.yaml on a cluster).")
    public String checkpointDir;

    @Option(names = "--savepoint", paramLabel = "PATH", description = "Start from this savepoint or retained checkpoint.")
    public String savepoint;

    @Option(names = "--web-ui-port", paramLabel = "PORT", defaultValue = "8081",
            description = "Local Flink web UI port on 127.0.0.1; 0 = off (default: ${DEFAULT-VALUE}).")
    public int webUiPort;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "tapeflow-data", hidden = true,
            description = "Local working directory for embedded services, checkpoints and logs.")
    public Path dataDir;

    /** True when Parquet output is enabled. */
    public boolean parquetEnabled() {
        return parquetDir != null && !parquetDir.isBlank() && !"none".equalsIgnoreCase(parquetDir);
    }

    /** True when MongoDB output is explicitly disabled. */
    public boolean mongoDisabled() {
        return "none".equalsIgnoreCase(mongoUri);
    }
}
