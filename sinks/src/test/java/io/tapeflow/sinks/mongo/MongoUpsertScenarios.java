package io.tapeflow.sinks.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Sorts;
import io.tapeflow.testkit.CancelLeftoverJobsExtension;
import io.tapeflow.sinks.testutils.SinkTestEnvironments;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The upsert guarantees, run against any MongoDB-compatible server a subclass provides. */
abstract class MongoUpsertScenarios {
    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = SinkTestEnvironments.miniCluster();

    @RegisterExtension
    static final CancelLeftoverJobsExtension LEFTOVER_JOBS = new CancelLeftoverJobsExtension(MINI_CLUSTER);

    /** Connection string of the server under test. */
    abstract String uri();

    private final String db = "it_" + UUID.randomUUID().toString().replace("-", "");

    private static MongoSinkOptions smallBatches() {
        Configuration conf = new Configuration();
        conf.set(MongoSinkOptions.BATCH_SIZE, 3); // several bulk writes per job, not one
        return MongoSinkOptions.from(conf);
    }

    void runJob(List<Doc> docs) throws Exception {
        StreamExecutionEnvironment env = SinkTestEnvironments.strictEnv();
        env.fromData(docs).uid("source-docs").name("docs")
                .keyBy(d -> d.id) // every version of an _id goes to one sink subtask, in order
                .sinkTo(MongoSinks.upsert(uri(), db, "docs", Doc::toBson, smallBatches()))
                .uid("sink-mongo-docs").name("MongoDB docs");
        env.execute("mongo-upsert-itcase");
    }

    List<Document> collection() {
        try (MongoClient client = MongoClients.create(uri())) {
            return client.getDatabase(db).getCollection("docs").find().sort(Sorts.ascending("_id"))
                    .into(new ArrayList<>());
        }
    }

    private static List<Doc> revisionZero(int n) {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(Doc.of("AAPL:1m:" + (i * 60_000L), 0, 100.0 + i));
        }
        return docs;
    }

    @Test
    void writingTheSameRecordsTwiceLeavesTheCollectionUnchanged() throws Exception {
        // Given a first run
        runJob(revisionZero(10));
        List<Document> first = collection();
        // When the same records are written again (a replay after a restore)
        runJob(revisionZero(10));
        // Then count and content are the same
        assertThat(first).hasSize(10);
        assertThat(collection()).isEqualTo(first);
    }

    @Test
    void aNewerRevisionReplacesTheOlderDocument() throws Exception {
        // Given
        runJob(revisionZero(5));
        // When two keys get a revision 1
        runJob(List.of(Doc.of("AAPL:1m:0", 1, 555.0), Doc.of("AAPL:1m:120000", 1, 777.0)));
        // Then those two are replaced, the rest is untouched, nothing is added
        List<Document> docs = collection();
        assertThat(docs).hasSize(5);
        assertThat(docs).filteredOn(d -> d.getInteger("revision") == 1).extracting(d -> d.getString("_id"))
                .containsExactlyInAnyOrder("AAPL:1m:0", "AAPL:1m:120000");
        assertThat(docs.get(0).getDouble("value")).isEqualTo(555.0);
    }

    @Test
    void theLastOfManyVersionsInOneRunWins() throws Exception {
        // Given revisions 0..4 of three keys, interleaved as a pipeline would emit them
        List<Doc> versions = new ArrayList<>();
        for (int rev = 0; rev < 5; rev++) {
            for (String key : List.of("a", "b", "c")) {
                versions.add(Doc.of(key, rev, rev * 10.0));
            }
        }
        // When
        runJob(versions);
        // Then
        assertThat(collection()).hasSize(3).allSatisfy(d -> assertThat(d.getInteger("revision")).isEqualTo(4));
    }
}
