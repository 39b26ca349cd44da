package io.tapeflow.sinks.mongo;

import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import org.bson.Document;

import java.time.Duration;

/**
 * Fails fast, with one clear line, when MongoDB is not usable at job start.
 *
 * <p>Without it a dead MongoDB shows up only after the job is running: the sink's first bulk write waits the
 * driver's 30 s server selection per retry and then fails the task deep inside a stack trace.
 */
public final class MongoPreflight {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    private MongoPreflight() {}

    /** Pings MongoDB within {@link #DEFAULT_TIMEOUT}. */
    public static void check(String uri) {
        check(uri, DEFAULT_TIMEOUT);
    }

    /**
     * Pings the server (authenticating if the URI carries credentials).
     *
     * @throws MongoUnavailableException with a one-line, redacted message when it does not answer
     */
    public static void check(String uri, Duration timeout) {
        String shown = UriRedactor.redact(uri);
        try (MongoClient client = MongoClientsWithTimeout.create(uri, timeout)) {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
        } catch (MongoSecurityException e) {
            throw new MongoUnavailableException("MongoDB at " + shown + " rejected the credentials", e);
        } catch (MongoTimeoutException e) {
            throw new MongoUnavailableException("MongoDB is not reachable at " + shown + " (no answer within "
                    + timeout.toMillis() + " ms); start it or fix the URI", e);
        } catch (MongoException e) {
            throw new MongoUnavailableException("MongoDB at " + shown + " failed the ping: "
                    + e.getClass().getSimpleName() + " (code " + e.getCode() + ")", e);
        }
    }
}
