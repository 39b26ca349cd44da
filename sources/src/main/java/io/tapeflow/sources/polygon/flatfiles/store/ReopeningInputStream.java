package io.tapeflow.sources.polygon.flatfiles.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * The raw bytes of one key that survive a dropped connection: on a read error it re-opens the key at the byte it had
 * reached and carries on, so the gzip inflater above it never notices. Before re-opening it checks the ETag, so bytes
 * of a file re-published meanwhile are never spliced onto the old one. It also counts compressed bytes for progress.
 */
public final class ReopeningInputStream extends InputStream {
    private final FlatFileStore store;
    private final String key;
    private final String etag;
    private final int maxReopens;
    private InputStream in;
    private long position;
    private int reopens;

    /** @param etag the ETag the bytes must belong to; empty to skip the check */
    public ReopeningInputStream(FlatFileStore store, String key, String etag, int maxReopens) throws IOException {
        this.store = store;
        this.key = key;
        this.etag = etag;
        this.maxReopens = maxReopens;
        this.in = store.open(key, 0);
    }

    /** Compressed bytes read so far. */
    public long position() {
        return position;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (true) {
            try {
                int n = in.read(b, off, len);
                if (n > 0) position += n;
                return n;
            } catch (FlatFileMissingException e) {
                throw e;
            } catch (IOException e) {
                if (reopens++ >= maxReopens) {
                    throw new IOException("reading " + key + " failed at byte " + position + " after " + maxReopens
                            + " re-opens: " + e.getMessage(), e);
                }
                closeQuietly();
                if (!etag.isEmpty() && !store.stat(key).etag().equals(etag)) {
                    throw new IOException(key + " was replaced while being read (connection lost at byte " + position
                            + "); re-run the day", e);
                }
                in = store.open(key, position);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException ignored) {
            // The connection is already broken; the re-open below is what matters.
        }
    }
}
