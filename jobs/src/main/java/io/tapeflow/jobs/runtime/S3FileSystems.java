package io.tapeflow.jobs.runtime;

import io.tapeflow.jobs.cli.TapeflowException;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.FileSystem;

/**
 * Makes {@code s3://} Parquet output work in a local MiniCluster, which (unlike a cluster) sets up file systems from no
 * configuration file: S3 settings come from the standard AWS environment variables, never from options that would
 * show in the process list or the web UI. On a cluster, flink-conf.yaml's {@code s3.*} keys do this.
 */
public final class S3FileSystems {
    public static final String ACCESS_KEY = "AWS_ACCESS_KEY_ID";
    public static final String SECRET_KEY = "AWS_SECRET_ACCESS_KEY";
    /** For S3-compatible stores (MinIO, s3proxy); implies path-style addressing. */
    public static final String ENDPOINT = "AWS_ENDPOINT_URL";

    private S3FileSystems() {}

    /** Initializes Flink's file systems for an {@code s3://} output path; a no-op for other paths. */
    public static void initializeFor(String outputPath, Map<String, String> env) {
        if (outputPath == null || !outputPath.startsWith("s3://")) {
            return;
        }
        Configuration conf = new Configuration();
        String access = env.get(ACCESS_KEY);
        String secret = env.get(SECRET_KEY);
        if ((access == null) != (secret == null)) {
            throw new TapeflowException("set both " + ACCESS_KEY + " and " + SECRET_KEY + " for " + outputPath);
        }
        if (access != null) {
            conf.setString("s3.access-key", access);
            conf.setString("s3.secret-key", secret);
        }
        String endpoint = env.get(ENDPOINT);
        if (endpoint != null && !endpoint.isBlank()) {
            conf.setString("s3.endpoint", endpoint);
            conf.setString("s3.path.style.access", "true");
        }
        FileSystem.initialize(conf, null);
    }
}
