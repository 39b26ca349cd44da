package io.tapeflow.jobs.backfill;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.bson.Document;

/**
 * Complete-day markers in the MongoDB collection {@code backfill_days}: {@code _id = dataset:day:scope}, with
 * {@code dataset}, {@code day}, {@code scope}, {@code key} (the file read) and {@code completed_at}. Upserted, so
 * re-marking a day is harmless; deleting a document makes {@code --skip-complete} read that day again.
 */
public final class MongoCompleteDays implements CompleteDays {
    public static final String COLLECTION = "backfill_days";

    private final MongoClient client;
    private final MongoCollection<Document> markers;

    public MongoCompleteDays(String uri, String database) {
        this.client = MongoClients.create(uri);
        this.markers = client.getDatabase(database).getCollection(COLLECTION);
    }

    static String id(FlatFileDataset dataset, LocalDate day, String scope) {
        return dataset.cliName() + ":" + day + ":" + scope;
    }

    @Override
    public boolean isComplete(FlatFileDataset dataset, LocalDate day, String scope) {
        return markers.countDocuments(Filters.in("_id", id(dataset, day, scope), id(dataset, day, ALL))) > 0;
    }

    @Override
    public void markComplete(Collection<PlannedFile> files, String scope) {
        String now = Instant.now().toString();
        for (PlannedFile f : files) {
            String id = id(f.dataset(), f.day(), scope);
            Document doc = new Document("_id", id).append("dataset", f.dataset().cliName())
                    .append("day", f.day().toString()).append("scope", scope).append("key", f.key())
                    .append("completed_at", now);
            markers.replaceOne(Filters.eq("_id", id), doc, new ReplaceOptions().upsert(true));
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
