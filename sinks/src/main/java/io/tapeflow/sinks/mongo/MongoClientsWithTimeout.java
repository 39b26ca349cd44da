package io.tapeflow.sinks.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Short-lived clients for start-up checks, bounded so that a dead server fails in seconds, not the driver's 30 s. */
final class MongoClientsWithTimeout {
    private MongoClientsWithTimeout() {}

    /**
     * @throws MongoUnavailableException when the URI does not parse (the driver's message may echo the URI, so it
     *     is replaced by a redacted one)
     */
    static MongoClient create(String uri, Duration timeout) {
        ConnectionString cs;
        try {
            cs = new ConnectionString(uri);
        } catch (RuntimeException e) {
            throw new MongoUnavailableException("invalid MongoDB URI " + UriRedactor.redact(uri)
                    + ": it must look like mongodb://[user:password@]host[:port][/db][?options]", null);
        }
        long ms = timeout.toMillis();
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(cs)
                .applyToClusterSettings(b -> b.serverSelectionTimeout(ms, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(b -> b.connectTimeout((int) ms, TimeUnit.MILLISECONDS)
                        .readTimeout((int) Math.max(ms, 5_000), TimeUnit.MILLISECONDS))
                .build();
        return MongoClients.create(settings);
    }
}
