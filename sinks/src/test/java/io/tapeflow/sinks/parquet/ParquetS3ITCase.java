package io.tapeflow.sinks.parquet;

import io.tapeflow.sinks.testutils.SinkTestEnvironments;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Parquet to {@code s3://} through flink-s3-fs-hadoop, against an in-process s3proxy on loopback. */
class ParquetS3ITCase {
    private static final String BUCKET = "tapeflow-it";
    private static final String ACCESS_KEY = "it-access";
    // Random per run, so a leak into logs or outputs would be searchable and never a real secret.
    private static final String SECRET_KEY = "it-secret-" + UUID.randomUUID();

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = SinkTestEnvironments.miniCluster();

    @RegisterExtension
    final S3ProxyExtension s3 = S3ProxyExtension.builder()
            .withCredentials(ACCESS_KEY, SECRET_KEY)
            .withBlobStoreProvider("filesystem")
            .build();

    @TempDir
    Path download;

    @AfterEach
    void forgetS3Settings() {
        // FileSystem factories are JVM-global: do not leak this endpoint into later tests.
        FileSystem.initialize(new Configuration(), null);
    }

    private S3Client client() {
        return S3Client.builder()
                .endpointOverride(s3.getUri())
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    private static long ms(String utc) {
        return Instant.parse(utc).toEpochMilli();
    }

    @Test
    void partitionsAreWrittenToS3AndReadableByDuckDb() throws Exception {
        // Given a bucket and the s3 file system pointed at it (what the job does from its own configuration)
        try (S3Client client = client()) {
            client.createBucket(b -> b.bucket(BUCKET));
            Configuration fs = new Configuration();
            fs.setString("s3.endpoint", s3.getUri().toString());
            fs.setString("s3.path.style.access", "true");
            fs.setString("s3.access-key", ACCESS_KEY);
            fs.setString("s3.secret-key", SECRET_KEY);
            fs.setString("s3.retry.limit", "1"); // fail in seconds, not minutes, if anything is wrong
            fs.setString("s3.attempts.maximum", "1");
            FileSystem.initialize(fs, null);

            // When
            StreamExecutionEnvironment env = SinkTestEnvironments.strictEnv();
            env.fromData(List.of(
                            Tick.of("AAPL", ms("2024-06-14T13:30:00Z"), 210.0, null, 12),
                            Tick.of("AAPL", ms("2024-06-15T00:00:00Z"), 211.0, "after hours", 12, 37),
                            Tick.of("NVDA", ms("2024-06-17T13:30:00Z"), 130.0, null)))
                    .uid("source-ticks").name("ticks")
                    .sinkTo(ParquetSinks.<Tick>forDataset("s3://" + BUCKET + "/tapeflow", "ticks", Tick.SCHEMA)
                            .converter(Tick::toAvro).dayOf(Tick::day).build())
                    .uid("sink-parquet-ticks").name("Parquet ticks");
            env.execute("parquet-s3-itcase");

            // Then the bucket holds only committed part files under dt= prefixes
            List<String> keys = client.listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix("tapeflow/")).contents()
                    .stream().map(S3Object::key).toList();
            assertThat(keys).isNotEmpty().allSatisfy(k ->
                    assertThat(k).matches("tapeflow/ticks/dt=2024-06-1[47]/part-[0-9a-f-]+-\\d+\\.parquet"));
            // and DuckDB reads them (downloaded with the same layout) with the hive partition
            for (String key : keys) {
                Path local = download.resolve(key);
                Files.createDirectories(local.getParent());
                client.getObject(b -> b.bucket(BUCKET).key(key), local);
            }
        }
        List<Map<String, Object>> perDay = DuckDb.query("SELECT CAST(dt AS VARCHAR) AS day, count(*) AS n FROM"
                + " read_parquet('" + download + "/tapeflow/ticks/**/*') GROUP BY day ORDER BY day");
        assertThat(perDay).containsExactly(Map.of("day", "2024-06-14", "n", 2L), Map.of("day", "2024-06-17", "n", 1L));
    }
}
