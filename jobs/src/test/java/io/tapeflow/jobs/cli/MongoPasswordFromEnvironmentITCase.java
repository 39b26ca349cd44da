package io.tapeflow.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import io.tapeflow.jobs.testing.PlainAuthMongoBackend;
import io.tapeflow.sinks.mongo.UriPassword;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --mongo-uri mongodb://USER@host/...} with the password in {@code TAPEFLOW_MONGO_PASSWORD}: the outputs log in
 * to a MongoDB that requires it (preflight, indexes, the sinks' URI), so the password need not be an argument.
 */
class MongoPasswordFromEnvironmentITCase {
    private final String password = "pw-" + UUID.randomUUID();
    private final PlainAuthMongoBackend backend = new PlainAuthMongoBackend("tapeflow", password);
    private MongoServer mongo;
    private String uriWithoutPassword;

    @BeforeEach
    void startMongo() {
        mongo = new MongoServer(backend);
        mongo.bind("127.0.0.1", 0);
        uriWithoutPassword = "mongodb://tapeflow@127.0.0.1:" + mongo.getLocalAddress().getPort()
                + "/?authMechanism=PLAIN";
    }

    @AfterEach
    void stopMongo() {
        mongo.shutdownNow();
    }

    @Test
    void thePasswordFromTheEnvironmentLogsTheOutputsIn(@TempDir Path dir) {
        // Given a URI naming only the user, and the password in the environment
        CommonOptions options = options(dir, uriWithoutPassword);

        // When the outputs open (preflight ping and index creation log in)
        try (JobOutputs outputs = JobOutputs.open(options, Map.of(UriPassword.ENV, password))) {
            // Then MongoDB let them in, and the URI the sinks get logs in too
            assertThat(backend.logins()).isPositive();
            assertThat(backend.refused()).isZero();
            try (MongoClient client = MongoClients.create(outputs.mongoUri())) {
                assertThat(client.getDatabase("tapeflow").getCollection("bars").listIndexes()
                        .into(new ArrayList<Document>()))
                        .extracting(d -> d.getString("name")).contains("ticker_1_timeframe_1_start_1");
            }
        }
    }

    @Test
    void aWrongPasswordFailsTheCommandWithOneLineThatDoesNotShowIt(@TempDir Path dir) {
        assertThatThrownBy(() -> JobOutputs.open(options(dir, uriWithoutPassword),
                Map.of(UriPassword.ENV, "wrong-" + password)))
                .isInstanceOf(TapeflowException.class).hasMessageContaining("rejected the credentials")
                .hasMessageNotContaining(password);
        assertThat(backend.refused()).isPositive();
    }

    @Test
    void aPasswordInBothPlacesIsRefusedBeforeAnyConnection(@TempDir Path dir) {
        String both = uriWithoutPassword.replace("tapeflow@", "tapeflow:" + password + "@");
        assertThatThrownBy(() -> JobOutputs.open(options(dir, both), Map.of(UriPassword.ENV, password)))
                .isInstanceOf(TapeflowException.class).hasMessageContaining(UriPassword.ENV)
                .hasMessageNotContaining(password);
        assertThat(backend.logins()).isZero();
    }

    private static CommonOptions options(Path dir, String uri) {
        CommonOptions options = new CommonOptions();
        options.parquetDir = "none";
        options.mongoUri = uri;
        options.mongoDb = "tapeflow";
        options.dataDir = dir;
        return options;
    }
}
