package io.tapeflow.sinks.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Start-up checks: a dead or malformed MongoDB fails with one redacted line; a live one gets its indexes. */
class MongoPreflightITCase {

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void mongoDownAtStartFailsWithOneRedactedLine() throws Exception {
        // Given nothing listening, and a URI with a password
        int port = freePort();
        String uri = "mongodb://tapeflow:hunter2@127.0.0.1:" + port + "/tapeflow?authSource=admin";
        // When
        MongoUnavailableException e = catchThrowableOfType(MongoUnavailableException.class,
                () -> MongoPreflight.check(uri, Duration.ofMillis(500)));
        // Then one line that names the server, with the password masked everywhere in the chain
        assertThat(e.getMessage()).doesNotContain("\n").contains("not reachable")
                .contains("mongodb://tapeflow:***@127.0.0.1:" + port);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("hunter2");
        }
    }

    @Test
    void malformedUriFailsWithoutEchoingTheSecret() {
        MongoUnavailableException e = catchThrowableOfType(MongoUnavailableException.class,
                () -> MongoPreflight.check("mongodb://u:hunter2@", Duration.ofMillis(500)));
        assertThat(e.getMessage()).contains("invalid MongoDB URI").doesNotContain("hunter2");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void runningServerPassesAndIndexesAreCreatedIdempotently() {
        // Given
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        try {
            // When / Then
            assertThatCode(() -> MongoPreflight.check(uri)).doesNotThrowAnyException();
            var names = MongoIndexes.ensure(uri, "tapeflow");
            assertThat(names).containsExactly("bars.ticker_1_timeframe_1_start_1", "halts.trading_day_1",
                    "halts.ticker_1_start_ts_1", "news.tickers_1_published_utc_1", "gaps.feed_1_start_ts_1");
            assertThat(MongoIndexes.ensure(uri, "tapeflow")).isEqualTo(names);
        } finally {
            server.shutdownNow();
        }
    }
}
