package io.tapeflow.sinks.mongo.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server as its own process: prints its URI, serves it, and keeps the data after SIGTERM. */
class EmbeddedMongoMainITCase {

    @TempDir
    Path dir;

    @Test
    void processPrintsItsUriAndItsDataSurviveATerminate() throws Exception {
        // Given the main started as a child JVM on a free port
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedMongoMain.class.getName(), dir.toString(), "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String uri = null;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            // Log lines may come first; stop reading at the URI (the process keeps running, so no EOF follows).
            String line;
            while (uri == null && (line = out.readLine()) != null) {
                if (line.startsWith("mongodb://")) {
                    uri = line.trim();
                }
            }
            assertThat(uri).startsWith("mongodb://127.0.0.1:");

            // When a client writes through it and the process is terminated (SIGTERM)
            try (MongoClient client = MongoClients.create(uri)) {
                client.getDatabase("tapeflow").getCollection("halts")
                        .insertOne(new Document("_id", "GME:1").append("status", "HALTED"));
            }
        } finally {
            process.destroy();
            process.waitFor();
        }

        // Then the same directory opened again still holds the document
        try (EmbeddedMongo reopened = EmbeddedMongo.start(dir);
                MongoClient client = MongoClients.create(reopened.uri())) {
            Document halt = client.getDatabase("tapeflow").getCollection("halts")
                    .find(new Document("_id", "GME:1")).first();
            assertThat(halt).isNotNull();
            assertThat(halt.getString("status")).isEqualTo("HALTED");
        }
    }
}
