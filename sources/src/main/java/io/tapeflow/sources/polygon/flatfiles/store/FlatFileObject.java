package io.tapeflow.sources.polygon.flatfiles.store;

import java.util.Objects;

/** One object of a flat-file store: its key, size in bytes and ETag (changes when Polygon re-publishes a file). */
public final class FlatFileObject {
    private final String key;
    private final long size;
    private final String etag;

    public FlatFileObject(String key, long size, String etag) {
        this.key = Objects.requireNonNull(key, "key");
        this.size = size;
        this.etag = etag == null ? "" : etag;
    }

    public String key() {
        return key;
    }

    public long size() {
        return size;
    }

    public String etag() {
        return etag;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FlatFileObject)) return false;
        FlatFileObject f = (FlatFileObject) o;
        return size == f.size && key.equals(f.key) && etag.equals(f.etag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, size, etag);
    }

    @Override
    public String toString() {
        return key + " (" + size + " bytes, etag " + etag + ")";
    }
}
