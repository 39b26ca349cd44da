package io.tapeflow.jobs.demo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Sorts;
import io.tapeflow.jobs.mapping.Datasets;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;

/**
 * Prints halts as they happen during the demo: a line when a halt starts and one when its status changes (resumed,
 * retracted), read from the {@code halts} collection the job upserts, so what is shown is what was written.
 */
public final class HaltFeed implements AutoCloseable {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("America/New_York"));

    private final MongoClient client;
    private final String db;
    private final PrintStream out;
    private final Map<String, String> shown = new HashMap<>();

    public HaltFeed(String mongoUri, String db, PrintStream out) {
        this.client = MongoClients.create(mongoUri);
        this.db = db;
        this.out = out;
    }

    /** Prints what changed since the last call; returns the number of halts not retracted. */
    public long poll() {
        long active = 0;
        for (Document h : client.getDatabase(db).getCollection(Datasets.HALTS.name()).find()
                .sort(Sorts.ascending("start_ts"))) {
            String id = h.getString("halt_id");
            String status = h.getString("status");
            if (!"RETRACTED".equals(status)) {
                active++;
            }
            if (status.equals(shown.put(id, status))) {
                continue;
            }
            out.println(line(h, status));
        }
        return active;
    }

    private static String line(Document h, String status) {
        String start = CLOCK.format(Instant.ofEpochSecond(0, ((Number) h.get("start_ts")).longValue()));
        String what = h.getString("ticker") + " " + h.getString("type") + " " + h.getString("direction") + " ("
                + h.getString("evidence").toLowerCase(java.util.Locale.ROOT) + ")";
        switch (status) {
            case "HALTED":
                return String.format("%n  HALT     %-40s at %s ET, last %s", what, start, price(h.get("last_price")));
            case "RESUMED":
                Number d = (Number) h.get("duration_ms");
                return String.format("%n  RESUMED  %-40s after %ds, reopened at %s", what,
                        d == null ? 0 : d.longValue() / 1000, price(h.get("reopen_price")));
            default:
                return String.format("%n  %-8s %-40s (started %s ET)", status, what, start);
        }
    }

    private static String price(Object p) {
        return p instanceof Number ? String.format("%.2f", ((Number) p).doubleValue()) : "-";
    }

    @Override
    public void close() {
        client.close();
    }
}
