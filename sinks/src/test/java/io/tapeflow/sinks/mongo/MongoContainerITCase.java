package io.tapeflow.sinks.mongo;

import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same upsert guarantees against a real MongoDB 7; skipped where there is no Docker (as on the build host). */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerITCase extends MongoUpsertScenarios {
    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

    @Override
    String uri() {
        return MONGO.getConnectionString();
    }
}
