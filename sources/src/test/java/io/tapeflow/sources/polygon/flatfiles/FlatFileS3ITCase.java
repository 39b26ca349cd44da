package io.tapeflow.sources.polygon.flatfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.sources.polygon.flatfiles.store.FlatFileMissingException;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileObject;
import io.tapeflow.sources.polygon.flatfiles.store.S3Credentials;
import io.tapeflow.sources.polygon.flatfiles.store.S3FlatFileStore;
import io.tapeflow.sources.polygon.testutils.CommittedCollectSink;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.apache.flink.testutils.junit.SharedReference;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The same backfill from an S3 bucket served in-process by s3proxy (SigV4, path-style, loopback). */
class FlatFileS3ITCase {
    private static final String BUCKET = "flatfiles";

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @RegisterExtension
    final S3ProxyExtension s3proxy = S3ProxyExtension.builder()
            .withCredentials("test-access-key", "test-secret-key").withBlobStoreProvider("transient").build();

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    @TempDir
    Path staging;

    private S3FlatFileStore store;

    @BeforeEach
    void bucket() {
        store = new S3FlatFileStore(s3proxy.getUri().toString(), BUCKET,
                S3Credentials.ofStatic(s3proxy.getAccessKey(), s3proxy.getSecretKey()));
    }

    private void upload(Path dir) throws Exception {
        try (S3Client s3 = S3Client.builder().endpointOverride(s3proxy.getUri()).forcePathStyle(true)
                .region(Region.US_EAST_1).httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(s3proxy.getAccessKey(), s3proxy.getSecretKey())))
                .build();
             Stream<Path> files = Files.walk(dir)) {
            s3.createBucket(b -> b.bucket(BUCKET));
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String key = dir.relativize(p).toString().replace('\\', '/');
                s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromFile(p));
            }
        }
    }

    @Test
    void backfillFromS3DeliversEveryRowOnce() throws Exception {
        // Given three days uploaded with Polygon's key layout
        Set<String> expected = FlatFileSourceITCase.writeDays(staging, 200, "2024-04-01", "2024-04-02", "2024-04-03");
        upload(staging);
        SharedReference<Map<String, List<String>>> out = shared.add(CommittedCollectSink.newStore());
        FlatFileSource source = FlatFileSource.builder().store(store)
                .datasets(FlatFileDataset.STOCKS_TRADES, FlatFileDataset.STOCKS_MINUTE_AGGS)
                .dateRange(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-30"))
                .build();

        // When
        List<String> ids = FlatFileSourceITCase.run(source, out, 0);

        // Then
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(expected);
    }

    @Test
    void storeListsStatsAndReadsRangesAndNamesMissingKeys() throws Exception {
        // Given one uploaded file
        Path file = FlatFileFixtures.writeDay(staging, FlatFileDataset.STOCKS_TRADES, LocalDate.parse("2024-04-01"),
                List.of(FlatFileFixtures.tradeRow("AAPL", 1, 1, "1", "1")));
        upload(staging);
        byte[] bytes = Files.readAllBytes(file);

        // When
        List<FlatFileObject> listed = store.list("us_stocks_sip/trades_v1/2024/04/");
        FlatFileObject stat = store.stat(listed.get(0).key());
        byte[] tail;
        try (InputStream in = store.open(stat.key(), 10)) {
            tail = in.readAllBytes();
        }

        // Then
        assertThat(listed).hasSize(1);
        assertThat(stat.size()).isEqualTo(bytes.length);
        assertThat(stat.etag()).isEqualTo(listed.get(0).etag()).isNotEmpty().doesNotContain("\"");
        assertThat(tail).isEqualTo(java.util.Arrays.copyOfRange(bytes, 10, bytes.length));
        assertThatThrownBy(() -> store.stat("us_stocks_sip/trades_v1/2024/04/2024-04-02.csv.gz"))
                .isInstanceOf(FlatFileMissingException.class).hasMessageContaining("2024-04-02.csv.gz is missing");
        assertThat(store.toString()).doesNotContain(s3proxy.getSecretKey());
    }
}
