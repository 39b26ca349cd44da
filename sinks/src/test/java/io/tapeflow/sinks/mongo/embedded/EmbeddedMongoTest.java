package io.tapeflow.sinks.mongo.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded H2-backed server: persistence across restarts, loopback only, clear bind errors. */
class EmbeddedMongoTest {

    @TempDir
    Path dir;

    private static MongoCollection<Document> bars(MongoClient client) {
        return client.getDatabase("tapeflow").getCollection("bars");
    }

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStart() {
        // Given a server that took two upserts, then stopped
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
                MongoClient client = MongoClients.create(mongo.uri())) {
            bars(client).replaceOne(new Document("_id", "AAPL:1m:0"), new Document("_id", "AAPL:1m:0")
                    .append("close", 190.5), new ReplaceOptions().upsert(true));
            bars(client).replaceOne(new Document("_id", "MSFT:1m:0"), new Document("_id", "MSFT:1m:0")
                    .append("close", 410.0), new ReplaceOptions().upsert(true));
        }
        assertThat(dir.resolve(EmbeddedMongo.FILE_NAME)).exists();

        // When a new server opens the same directory (on another free port)
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
                MongoClient client = MongoClients.create(mongo.uri())) {
            // Then both documents are there, unchanged
            assertThat(bars(client).countDocuments()).isEqualTo(2);
            assertThat(bars(client).find(new Document("_id", "AAPL:1m:0")).first().getDouble("close"))
                    .isEqualTo(190.5);
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir)) {
            assertThat(mongo.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(mongo.uri()).isEqualTo("mongodb://127.0.0.1:" + mongo.port());
        }
    }

    @Test
    void secondServerOnATakenPortFailsWithTheAddress() {
        try (EmbeddedMongo first = EmbeddedMongo.start(dir)) {
            assertThatThrownBy(() -> EmbeddedMongo.start(dir.resolve("other"), first.port()))
                    .hasMessageContaining("127.0.0.1:" + first.port());
        }
    }
}
