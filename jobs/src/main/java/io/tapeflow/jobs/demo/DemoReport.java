package io.tapeflow.jobs.demo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.tapeflow.jobs.mapping.DatasetSpec;
import io.tapeflow.jobs.mapping.Datasets;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.bson.Document;

/** The demo's final summary, read back from the outputs themselves: counts per dataset and the halts table. */
public final class DemoReport {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("America/New_York"));

    private DemoReport() {}

    /** Prints counts per dataset (MongoDB documents, Parquet files) and the halts table. */
    public static void print(PrintStream out, String mongoUri, String db, String parquetDir) throws IOException {
        out.println();
        out.println("Datasets                  MongoDB docs   Parquet files");
        try (MongoClient client = mongoUri == null ? null : MongoClients.create(mongoUri)) {
            MongoDatabase mongo = client == null ? null : client.getDatabase(db);
            for (DatasetSpec<?> d : Datasets.all()) {
                String docs = mongo != null && d.hasMongo()
                        ? String.format("%,d", mongo.getCollection(d.name()).countDocuments()) : "-";
                out.printf("  %-22s %13s %15s%n", d.name(), docs, parquetFiles(parquetDir, d.name()));
            }
            if (mongo != null) {
                printHalts(out, mongo);
            }
        }
        out.println();
        if (parquetDir != null) {
            out.println("Parquet:  " + parquetDir + "   (DuckDB: SELECT * FROM read_parquet('<dir>/bars/**/*.parquet'))");
        }
        if (mongoUri != null) {
            out.println("MongoDB:  database '" + db + "' at " + io.tapeflow.sinks.mongo.UriRedactor.redact(mongoUri));
        }
    }

    private static void printHalts(PrintStream out, MongoDatabase mongo) {
        out.println();
        out.println("Halts");
        out.printf("  %-4s %-7s %-11s %-5s %-9s %-8s %-9s %9s %9s %9s  %s%n", "#", "ticker", "type", "dir", "status",
                "evidence", "start ET", "duration", "last", "reopen", "confirmed");
        int n = 0;
        for (Document h : mongo.getCollection(Datasets.HALTS.name()).find().sort(Sorts.ascending("start_ts"))) {
            n++;
            Number duration = (Number) h.get("duration_ms");
            out.printf("  %-4s %-7s %-11s %-5s %-9s %-8s %-9s %9s %9s %9s  %s%n",
                    h.get("halt_index_today"), h.getString("ticker"), h.getString("type"), h.getString("direction"),
                    h.getString("status"), h.getString("evidence"),
                    CLOCK.format(Instant.ofEpochSecond(0, ((Number) h.get("start_ts")).longValue())),
                    duration == null ? "open" : (duration.longValue() / 1000) + "s",
                    price(h.get("last_price")), price(h.get("reopen_price")),
                    Boolean.TRUE.equals(h.get("strength_confirmed")) ? "strength"
                            : Boolean.TRUE.equals(h.get("weakness_confirmed")) ? "weakness" : "-");
        }
        if (n == 0) {
            out.println("  (none)");
        }
    }

    private static String price(Object p) {
        return p instanceof Number ? String.format("%.2f", ((Number) p).doubleValue()) : "-";
    }

    private static String parquetFiles(String parquetDir, String dataset) throws IOException {
        if (parquetDir == null || !parquetDir.startsWith("file:")) {
            return "-";
        }
        Path dir = Path.of(URI.create(parquetDir)).resolve(dataset);
        if (!Files.isDirectory(dir)) {
            return "0";
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return String.format("%,d", files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count());
        }
    }
}
