package io.tapeflow.sources.polygon.flatfiles.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * Where flat files live, in Polygon's bucket key layout: the only I/O seam of the flat-file source, so tests and
 * local runs plug in a directory and production plugs in S3.
 *
 * <p>Implementations are shipped to the JobManager (listing) and every reader (reading): they must be serializable
 * and open their clients lazily. They never hold secrets in serialized form unless a test asks for it.
 */
public interface FlatFileStore extends Serializable, Closeable {

    /** Every object whose key starts with {@code prefix}, in key order. */
    List<FlatFileObject> list(String prefix) throws IOException;

    /** Size and ETag of one key; {@link FlatFileMissingException} when absent. */
    FlatFileObject stat(String key) throws IOException;

    /** The raw (still compressed) bytes of a key from {@code fromByte} on. */
    InputStream open(String key, long fromByte) throws IOException;

    /** Where this store reads from, for messages: never contains credentials. */
    String describe();
}
