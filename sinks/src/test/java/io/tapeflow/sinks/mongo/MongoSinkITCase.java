package io.tapeflow.sinks.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Upsert guarantees against mongo-java-server (memory backend) in-process on loopback. */
class MongoSinkITCase extends MongoUpsertScenarios {
    private static MongoServer server;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
    }

    @AfterAll
    static void stopServer() {
        server.shutdownNow();
    }

    @Override
    String uri() {
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }
}
