package io.tapeflow.jobs.recovery;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.tapeflow.jobs.mapping.DatasetSpec;
import io.tapeflow.jobs.mapping.Datasets;
import io.tapeflow.sinks.parquet.DuckDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.bson.Document;

/**
 * Everything one run of the pipeline left behind: every committed Parquet row of every dataset and every document of
 * every MongoDB collection, as sorted strings (so a lost row, a duplicate or a changed value all show), without the
 * documented processing-time fields, which no two runs share.
 */
record PipelineOutputs(Map<String, List<String>> parquet, Map<String, List<String>> mongo) {
    /** Processing-time fields (CONTRACT): halts.updated_at, gaps.repaired_at, rejects.seen_at. */
    static final Set<String> PROCESSING_TIME = Set.of("updated_at", "repaired_at", "seen_at");

    static PipelineOutputs read(Path parquetDir, String mongoUri, String database) throws Exception {
        Map<String, List<String>> parquet = new TreeMap<>();
        for (DatasetSpec<?> dataset : Datasets.all()) {
            parquet.put(dataset.name(), parquetRows(parquetDir, dataset));
        }
        Map<String, List<String>> mongo = new TreeMap<>();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoDatabase db = client.getDatabase(database);
            for (String collection : db.listCollectionNames()) {
                List<String> docs = new ArrayList<>();
                for (Document d : db.getCollection(collection).find()) {
                    PROCESSING_TIME.forEach(d::remove);
                    docs.add(d.toJson());
                }
                docs.sort(null);
                mongo.put(collection, docs);
            }
        }
        return new PipelineOutputs(parquet, mongo);
    }

    /**
     * The rows of a dataset, each prefixed by its partition directory, read the way README tells users to: DuckDB's
     * read_parquet over the dataset directory with a recursive glob ending in {@code *.parquet}, which leaves out the
     * hidden in-progress files (a failed attempt leaves its own behind).
     */
    private static List<String> parquetRows(Path base, DatasetSpec<?> dataset) throws Exception {
        Path dir = base.resolve(dataset.name());
        boolean any;
        try (Stream<Path> walk = Files.exists(dir) ? Files.walk(dir) : Stream.empty()) {
            any = walk.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        }
        if (!any) return List.of(); // DuckDB fails on a glob without files
        List<String> columns = dataset.schema().getFields().stream().map(Schema.Field::name)
                .filter(c -> !PROCESSING_TIME.contains(c)).map(c -> '"' + c + '"').toList();
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> row : DuckDb.query("SELECT filename, " + String.join(", ", columns)
                + " FROM read_parquet('" + dir + "/**/*.parquet', filename = true)")) {
            String partition = dir.relativize(Path.of((String) row.remove("filename")).getParent()).toString();
            rows.add(partition + " " + row);
        }
        rows.sort(null);
        return rows;
    }

    /** Rows per dataset and documents per collection, for messages. */
    String sizes() {
        return "parquet " + counts(parquet) + ", mongo " + counts(mongo);
    }

    private static String counts(Map<String, List<String>> m) {
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size())
                .collect(Collectors.joining(" ", "{", "}"));
    }

}
