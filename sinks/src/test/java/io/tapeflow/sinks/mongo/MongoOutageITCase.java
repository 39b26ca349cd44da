package io.tapeflow.sinks.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.tapeflow.sinks.mongo.embedded.EmbeddedMongo;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.sink.writer.TestSinkInitContext;
import org.apache.flink.connector.mongodb.sink.MongoSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a mid-run MongoDB outage does to the sink writer, driven directly (no cluster): the failed bulk write is
 * retried, then the writer fails (in a job: the task fails and restarts from the last checkpoint), and the replay
 * after MongoDB returns leaves no duplicate.
 */
class MongoOutageITCase {

    @TempDir
    Path dir;

    private static final SinkWriter.Context NO_CONTEXT = new SinkWriter.Context() {
        @Override
        public long currentWatermark() {
            return Long.MIN_VALUE;
        }

        @Override
        public Long timestamp() {
            return null;
        }
    };

    private static MongoSink<Doc> sink(String uri) {
        Configuration conf = new Configuration();
        conf.set(MongoSinkOptions.MAX_RETRIES, 1);
        conf.set(MongoSinkOptions.BATCH_INTERVAL, Duration.ofHours(1)); // only explicit flushes write
        // The URI's server selection timeout bounds each attempt (the driver default is 30 s).
        return MongoSinks.upsert(uri + "/?serverSelectionTimeoutMS=300&connectTimeoutMS=300", "tapeflow", "docs",
                Doc::toBson, MongoSinkOptions.from(conf));
    }

    @SuppressWarnings("deprecation") // 1.20 MongoSink implements createWriter(Sink.InitContext)
    private static SinkWriter<Doc> writer(String uri, TestSinkInitContext context) throws IOException {
        return sink(uri).createWriter(context);
    }

    private static void write(SinkWriter<Doc> writer, List<Doc> docs) throws Exception {
        for (Doc d : docs) {
            writer.write(d, NO_CONTEXT);
        }
    }

    @Test
    void failedBulkWriteIsRetriedThenFailsAndTheReplayAfterRecoveryDoesNotDuplicate() throws Exception {
        List<Doc> beforeCheckpoint = List.of(Doc.of("a", 0, 1), Doc.of("b", 0, 2));
        List<Doc> afterCheckpoint = List.of(Doc.of("b", 1, 3), Doc.of("c", 0, 4));
        int port;
        SinkWriter<Doc> writer;
        // Given a writer that flushed its first records at a checkpoint
        EmbeddedMongo mongo = EmbeddedMongo.start(dir);
        port = mongo.port();
        TestSinkInitContext metrics = new TestSinkInitContext();
        writer = writer(mongo.uri(), metrics);
        write(writer, beforeCheckpoint);
        writer.flush(false);

        // When MongoDB goes away before the next checkpoint's flush
        mongo.close();
        write(writer, afterCheckpoint);

        // Then the flush fails after its retries with the driver's error as the cause (the task would fail)
        assertThatThrownBy(() -> writer.flush(false)).isInstanceOf(IOException.class)
                .hasCauseInstanceOf(MongoException.class);
        assertThatThrownBy(writer::close).isInstanceOf(IOException.class);
        // and the connector's only counter, numRecordsSend, counted all four although two never arrived:
        // it counts records handed to the writer, so an outage shows as a failed task, not in this metric
        assertThat(metrics.getNumRecordsOutCounter().getCount()).isEqualTo(4);

        // When MongoDB is back and the restarted task replays everything after the last checkpoint
        try (EmbeddedMongo back = EmbeddedMongo.start(dir, port)) {
            SinkWriter<Doc> restarted = writer(back.uri(), new TestSinkInitContext());
            write(restarted, afterCheckpoint);
            restarted.flush(true);
            restarted.close();
            // Then every key is there once, at its latest revision
            try (MongoClient client = MongoClients.create(back.uri())) {
                var docs = client.getDatabase("tapeflow").getCollection("docs").find().into(new java.util.ArrayList<>());
                assertThat(docs).extracting(d -> d.getString("_id") + "@" + d.getInteger("revision"))
                        .containsExactlyInAnyOrder("a@0", "b@1", "c@0");
            }
        }
    }
}
