package io.tapeflow.sinks.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates, at job start, the secondary indexes the tapeflow collections are queried by.
 *
 * <p>Index creation is idempotent (same keys, same name: a no-op), so every start may call it. The list is here
 * rather than in the job because it is the read side of the collections the sinks write.
 */
public final class MongoIndexes {
    private static final Logger LOG = LoggerFactory.getLogger(MongoIndexes.class);

    /** One index: collection and keys, all ascending. */
    public static final class Spec {
        public final String collection;
        public final String[] fields;

        Spec(String collection, String... fields) {
            this.collection = collection;
            this.fields = fields;
        }

        /** MongoDB's default index name, e.g. {@code ticker_1_timeframe_1_start_1}. */
        public String name() {
            return String.join("_1_", fields) + "_1";
        }
    }

    /** What users query: bars by ticker/timeframe/time, halts by day and ticker, news by ticker, gaps by feed. */
    public static final List<Spec> SPECS = List.of(
            new Spec("bars", "ticker", "timeframe", "start"),
            new Spec("halts", "trading_day"),
            new Spec("halts", "ticker", "start_ts"),
            new Spec("news", "tickers", "published_utc"),
            new Spec("gaps", "feed", "start_ts"));

    private MongoIndexes() {}

    /** Creates every index of {@link #SPECS} in {@code database}; returns the names created or confirmed. */
    public static List<String> ensure(String uri, String database) {
        List<String> names = new ArrayList<>();
        try (MongoClient client = MongoClientsWithTimeout.create(uri, Duration.ofSeconds(10))) {
            MongoDatabase db = client.getDatabase(database);
            for (Spec spec : SPECS) {
                Bson keys = Indexes.ascending(spec.fields);
                names.add(spec.collection + "." + db.getCollection(spec.collection)
                        .createIndex(keys, new IndexOptions().name(spec.name())));
            }
        } catch (MongoException e) {
            throw new MongoUnavailableException("cannot create indexes in MongoDB database " + database + " at "
                    + UriRedactor.redact(uri) + ": " + e.getClass().getSimpleName() + " (code " + e.getCode() + ")", e);
        }
        LOG.info("MongoDB indexes ensured in {} at {}: {}", database, UriRedactor.redact(uri), names);
        return names;
    }
}
