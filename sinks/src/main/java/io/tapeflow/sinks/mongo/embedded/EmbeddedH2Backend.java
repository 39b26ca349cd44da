package io.tapeflow.sinks.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 file backend, with two storage types made for it: unique indexes (the {@code _id} index
 * first) compare keys in memory ({@link KeyValueDataType}) instead of Java-serializing both on every comparison, and
 * documents are stored as BSON ({@link BsonDocumentDataType}) instead of Java-serialized.
 *
 * <p>Everything else (collections, queries, drops, renames, map names) is the library's. Files of the plain
 * {@link H2Backend} and of this one must not be opened by the other: index order and value format differ.
 */
public final class EmbeddedH2Backend extends H2Backend {

    /** Opens (or creates) the MVStore file; {@code null} keeps it in memory. */
    public EmbeddedH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** An H2 database whose unique indexes use {@link KeyValueDataType} and documents {@link BsonDocumentDataType}. */
    private static final class Database extends H2Database {
        private static final String DATA_PREFIX = "databases.";
        private static final String META_PREFIX = "meta.";
        private final MVStore store;

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors); // opens no index: see initializeNamespacesAndIndexes below
            this.store = store;
            super.initializeNamespacesAndIndexes();
        }

        /**
         * H2Database's constructor calls this, which opens the existing indexes through
         * {@link #openOrCreateUniqueIndex} before {@link #store} is set; the constructor above calls it again after.
         */
        @Override
        protected void initializeNamespacesAndIndexes() {
            if (store != null) {
                super.initializeNamespacesAndIndexes();
            }
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // The same map names as H2Database's (its drop, dropCollection and moveCollection find them by name).
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = store.openMap(DATA_PREFIX + fullName,
                    new MVMap.Builder<Object, Document>().valueType(new BsonDocumentDataType()));
            MVMap<String, Object> meta = store.openMap(META_PREFIX + fullName);
            return new H2Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            // The same map name as H2Database's, so its dropIndex/drop remove this map.
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            MVMap<KeyValue, Object> map = store.openMap(mapName,
                    new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueDataType()));
            return new KeyValueUniqueIndex(map, indexName, keys, sparse);
        }
    }
}
