package io.tapeflow.jobs.mapping;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.tapeflow.sinks.mongo.MongoSinkOptions;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Mongo datasets written through their {@link DatasetSpec} sinks, keyed by _id: latest revision, no duplicates. */
class DatasetsMongoITCase {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = MappingTestEnvironments.miniCluster();

    private static MongoServer server;
    private static String uri;

    @BeforeAll
    static void writeAndReplay() throws Exception {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        // Two runs over the same input: the second is a replay and must change nothing.
        for (int run = 0; run < 2; run++) {
            StreamExecutionEnvironment env = MappingTestEnvironments.strictEnv();
            env.setParallelism(2);
            add(env, Datasets.BARS, List.of(SampleRecords.fullBar(0), SampleRecords.sparseBar(),
                    SampleRecords.fullBar(1), SampleRecords.fullBar(2)));
            add(env, Datasets.HALTS, List.of(SampleRecords.fullHalt(0), SampleRecords.fullHalt(1),
                    SampleRecords.fullHalt(2)));
            add(env, Datasets.NEWS, List.of(SampleRecords.fullNews(), SampleRecords.sparseNews()));
            add(env, Datasets.TICKERS, List.of(SampleRecords.sparseTicker(), SampleRecords.fullTicker()));
            add(env, Datasets.GAPS, List.of(SampleRecords.fullGap(0), SampleRecords.fullGap(1)));
            add(env, Datasets.REJECTS, List.of(SampleRecords.fullReject(), SampleRecords.fullReject()));
            env.execute("datasets-mongo-itcase-" + run);
        }
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    private static <T> void add(StreamExecutionEnvironment env, DatasetSpec<T> spec, List<T> records) {
        env.fromData(records, TypeInformation.of(spec.type())).uid("source-" + spec.name()).name(spec.name())
                .keyBy(spec.keySelector())
                .sinkTo(spec.mongoSink(uri, "tapeflow", MongoSinkOptions.defaults()))
                .uid("sink-mongo-" + spec.name()).name("MongoDB " + spec.name());
    }

    private static List<Document> docs(String collection) {
        try (MongoClient client = MongoClients.create(uri)) {
            return client.getDatabase("tapeflow").getCollection(collection).find().into(new ArrayList<>());
        }
    }

    @Test
    void barsHoldOneDocumentPerKeyAtItsLatestRevision() {
        assertThat(docs("bars")).extracting(d -> d.getString("_id") + "@" + d.getInteger("revision"))
                .containsExactlyInAnyOrder("AAPL:1m:" + SampleRecords.FRI_OPEN_MS + "@2",
                        "NVDA:1m:" + (SampleRecords.FRI_8PM_ET_MS - 60_000) + "@0");
    }

    @Test
    void haltIsOneDocumentWithTheLastFactsAndSnakeCaseFields() {
        List<Document> halts = docs("halts");
        assertThat(halts).hasSize(1);
        Document h = halts.get(0);
        assertThat(h.getString("_id")).isEqualTo("GME:" + SampleRecords.FRI_OPEN_NS);
        assertThat(h.getInteger("revision")).isEqualTo(2);
        assertThat(h.getBoolean("strength_confirmed")).isTrue();
        assertThat(h.getList("news_ids", String.class)).containsExactly("benzinga:123");
    }

    @Test
    void referenceDataGapsAndRejectsAreUpsertedByTheirKeys() {
        assertThat(docs("news")).extracting(d -> d.getString("_id"))
                .containsExactlyInAnyOrder("polygon:abc123", "benzinga:9");
        assertThat(docs("tickers")).extracting(d -> d.getString("_id")).containsExactlyInAnyOrder("XYZW", "AAPL");
        assertThat(docs("gaps")).singleElement().satisfies(g -> assertThat(g.getBoolean("repaired")).isTrue());
        assertThat(docs("rejects")).singleElement()
                .satisfies(r -> assertThat(r.getString("_id")).isEqualTo(SampleRecords.fullReject().id()));
    }
}
