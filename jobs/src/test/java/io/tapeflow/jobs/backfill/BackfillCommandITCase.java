package io.tapeflow.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.tapeflow.jobs.TapeflowMain;
import io.tapeflow.simulator.flatfiles.FlatFileWriter;
import io.tapeflow.simulator.scenario.MarketPlan;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.sinks.parquet.DuckDb;
import io.tapeflow.testkit.CancelLeftoverJobsExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tapeflow backfill} end to end into MongoDB and Parquet: a re-run leaves MongoDB unchanged, MongoDB holds the
 * highest revision of every key, and {@code --skip-complete} reads nothing once the day is marked complete.
 */
class BackfillCommandITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @RegisterExtension
    static final CancelLeftoverJobsExtension LEFTOVER_JOBS = new CancelLeftoverJobsExtension(CLUSTER);

    @TempDir
    static Path dir;
    private static MongoServer server;
    private static String uri;
    private static ScenarioSpec spec;
    private static String tier1;

    @BeforeAll
    static void flatFilesAndMongo() throws Exception {
        spec = BackfillParityITCase.scenario();
        MarketPlan plan = MarketPlan.of(spec);
        new FlatFileWriter(plan).write(dir.resolve("flat"));
        tier1 = String.join(",", plan.tickers().stream().filter(p -> p.tier() == 1).map(p -> p.ticker()).toList());
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    private static int backfill(String... extra) {
        List<String> args = new ArrayList<>(List.of("backfill", "--from", spec.date().toString(), "--to",
                spec.date().toString(), "--flatfiles-dir", dir.resolve("flat").toString(), "--mongo-uri", uri,
                "--parquet-dir", dir.resolve("parquet").toString(), "--parallelism", "2", "--tier1-tickers", tier1,
                "--data-dir", dir.resolve("data").toString()));
        args.addAll(List.of(extra));
        return TapeflowMain.run(args.toArray(String[]::new));
    }

    @Test
    void aRerunLeavesMongoUnchangedAndSkipCompleteReadsNothing() throws Exception {
        // Given a first backfill of the day
        assertThat(backfill()).isZero();
        Map<String, Map<String, Document>> first = snapshot();
        assertThat(first.get("bars")).isNotEmpty();
        assertThat(first.get("halts")).isNotEmpty();

        // When the same range is backfilled again
        assertThat(backfill()).isZero();

        // Then MongoDB is unchanged (processing-time fields aside)
        assertThat(snapshot()).isEqualTo(first);
        // and every day file read is marked complete
        assertThat(markers()).containsExactlyInAnyOrder(spec.date() + " trades *", spec.date() + " quotes *",
                spec.date() + " minute_aggs *");

        // When --skip-complete runs over a range whose days are all marked
        long rowsBefore = parquetBarRows();
        assertThat(backfill("--skip-complete")).isZero();

        // Then nothing was read or written
        assertThat(parquetBarRows()).isEqualTo(rowsBefore);
        assertThat(snapshot()).isEqualTo(first);
    }

    @Test
    void mongoHoldsTheHighestRevisionOfEveryBarInTheParquetChangelog() throws Exception {
        // Given a backfill (BATCH re-sorts the MongoDB sink's input by key and timestamp)
        assertThat(backfill()).isZero();

        // When the Parquet changelog's highest revision per key is compared with MongoDB's document
        Map<String, Object> latest = new HashMap<>();
        for (Map<String, Object> row : DuckDb.query("SELECT ticker || ':' || timeframe || ':' || start AS id, "
                + "max(revision) AS rev FROM read_parquet('" + dir.resolve("parquet") + "/bars/*/*.parquet') "
                + "GROUP BY 1")) {
            latest.put((String) row.get("id"), ((Number) row.get("rev")).intValue());
        }

        // Then they agree for every key
        Map<String, Object> mongo = new HashMap<>();
        snapshot().get("bars").forEach((id, d) -> mongo.put(id, d.getInteger("revision")));
        assertThat(latest).isNotEmpty();
        assertThat(mongo).isEqualTo(latest);
    }

    private static long parquetBarRows() throws Exception {
        return ((Number) DuckDb.query("SELECT count(*) AS n FROM read_parquet('" + dir.resolve("parquet")
                + "/bars/*/*.parquet')").get(0).get("n")).longValue();
    }

    private static List<String> markers() {
        try (MongoClient client = MongoClients.create(uri)) {
            List<String> out = new ArrayList<>();
            for (Document d : client.getDatabase("tapeflow").getCollection(MongoCompleteDays.COLLECTION).find()) {
                out.add(d.getString("day") + " " + d.getString("dataset") + " " + d.getString("scope"));
            }
            return out;
        }
    }

    /** bars and halts by _id, without the processing-time {@code updated_at}. */
    private static Map<String, Map<String, Document>> snapshot() {
        Map<String, Map<String, Document>> out = new HashMap<>();
        try (MongoClient client = MongoClients.create(uri)) {
            for (String c : List.of("bars", "halts")) {
                Map<String, Document> docs = new HashMap<>();
                for (Document d : client.getDatabase("tapeflow").getCollection(c).find()) {
                    d.remove("updated_at");
                    docs.put(d.getString("_id"), d);
                }
                out.put(c, docs);
            }
        }
        return out;
    }
}
