package io.tapeflow.sinks.mongo.embedded;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded H2-backed server: upserts and unique keys as in MongoDB, persistence across restarts, the old data
 * file left alone, loopback only, clear bind errors.
 */
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
    void upsertBySameIdReplacesTheDocument() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
                MongoClient client = MongoClients.create(mongo.uri())) {
            // Given a bar upserted once
            upsert(client, "AAPL:1m:0", 190.5);
            // When the same _id is upserted with another close
            upsert(client, "AAPL:1m:0", 191.0);
            // Then there is still one document, with the new close
            assertThat(bars(client).countDocuments()).isEqualTo(1);
            assertThat(bars(client).find().first().getDouble("close")).isEqualTo(191.0);
        }
    }

    @Test
    void insertOfAnExistingIdIsRefusedAsADuplicateKey() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
                MongoClient client = MongoClients.create(mongo.uri())) {
            bars(client).insertOne(new Document("_id", "AAPL:1m:0"));
            assertDuplicateKey(() -> bars(client).insertOne(new Document("_id", "AAPL:1m:0")));
        }
    }

    @Test
    void numericIdsOneAndOnePointZeroAreTheSameKeyLikeInMongoDb() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
                MongoClient client = MongoClients.create(mongo.uri())) {
            // Given a document with _id 1 (an int32)
            bars(client).insertOne(new Document("_id", 1).append("v", "int"));
            // When one with _id 1.0 (a double) is inserted, and another upserted
            assertDuplicateKey(() -> bars(client).insertOne(new Document("_id", 1.0)));
            bars(client).replaceOne(new Document("_id", 1.0), new Document("_id", 1.0).append("v", "double"),
                    new ReplaceOptions().upsert(true));
            // Then the upsert replaced the first one
            assertThat(bars(client).countDocuments()).isEqualTo(1);
            assertThat(bars(client).find(new Document("_id", 1L)).first().getString("v")).isEqualTo("double");
        }
    }

    @Test
    void compoundUniqueIndexRefusesASecondDocumentWithTheSameKeys() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
                MongoClient client = MongoClients.create(mongo.uri())) {
            // Given a unique index on (ticker, start) and one bar
            bars(client).createIndex(Indexes.ascending("ticker", "start"), new IndexOptions().unique(true));
            bars(client).insertOne(new Document("_id", "a").append("ticker", "AAPL").append("start", 60));
            // When bars with the same pair (start as a double) and with another start are inserted
            assertDuplicateKey(() -> bars(client).insertOne(new Document("_id", "b").append("ticker", "AAPL")
                    .append("start", 60.0)));
            bars(client).insertOne(new Document("_id", "c").append("ticker", "AAPL").append("start", 120));
            // Then only the clash was refused
            assertThat(bars(client).countDocuments()).isEqualTo(2);
        }
    }

    @Test
    void indexesReopenedFromTheFileStillFindAndGuardTheirKeys() {
        // Given a server that took bars and a unique index, then stopped
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
                MongoClient client = MongoClients.create(mongo.uri())) {
            bars(client).createIndex(Indexes.ascending("ticker", "start"), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                bars(client).insertOne(new Document("_id", "AAPL:1m:" + i).append("ticker", "AAPL")
                        .append("start", i));
            }
        }
        // When it is started again on the same directory
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
                MongoClient client = MongoClients.create(mongo.uri())) {
            // Then an upsert of an existing _id replaces, and both unique keys still refuse duplicates
            upsert(client, "AAPL:1m:250", 1.0);
            assertThat(bars(client).countDocuments()).isEqualTo(500);
            assertThat(bars(client).find(new Document("_id", "AAPL:1m:250")).first().getDouble("close"))
                    .isEqualTo(1.0);
            assertDuplicateKey(() -> bars(client).insertOne(new Document("_id", "AAPL:1m:499")));
            assertDuplicateKey(() -> bars(client).insertOne(new Document("_id", "x").append("ticker", "AAPL")
                    .append("start", 7)));
        }
    }

    @Test
    void anOldDataFileIsNamedInANoticeAndLeftUntouched() throws Exception {
        // Given a directory with a data file of the plain H2 backend
        Path legacy = dir.resolve(EmbeddedMongo.LEGACY_FILE_NAME);
        Files.writeString(legacy, "old store");

        // When the server starts there
        assertThat(EmbeddedMongo.legacyFileNotice(dir)).hasValueSatisfying(notice -> assertThat(notice)
                .contains(legacy.toAbsolutePath().toString(), "no longer read", "can be deleted"));
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
                MongoClient client = MongoClients.create(mongo.uri())) {
            // Then it serves an empty store from the new file, and the old one is not read or changed
            assertThat(bars(client).countDocuments()).isZero();
            assertThat(mongo.dataFile().getFileName().toString()).isEqualTo(EmbeddedMongo.FILE_NAME);
        }
        assertThat(Files.readString(legacy)).isEqualTo("old store");
        assertThat(EmbeddedMongo.legacyFileNotice(dir.resolve("fresh"))).isEmpty();
    }

    /** MongoDB's answer to a second document with the same unique key: code 11000, "E11000 duplicate key". */
    private static void assertDuplicateKey(ThrowingCallable write) {
        assertThatThrownBy(write)
                .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000))
                .hasMessageContaining("E11000 duplicate key");
    }

    private static void upsert(MongoClient client, String id, double close) {
        bars(client).replaceOne(new Document("_id", id), new Document("_id", id).append("close", close),
                new ReplaceOptions().upsert(true));
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
