package io.tapeflow.jobs.backfill;

import io.tapeflow.sources.polygon.flatfiles.store.FlatFileObject;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.testutils.junit.SharedReference;

/**
 * A flat-file store whose first opened file of {@code keyPart} fails the reading task once, after {@code failAfter}
 * bytes: a task failure in the middle of a file, as a crash or a lost TaskManager would cause.
 */
final class FailingOnceStore implements FlatFileStore {
    private static final long serialVersionUID = 1L;
    private final FlatFileStore delegate;
    private final String keyPart;
    private final long failAfter;
    private final SharedReference<AtomicBoolean> failed;

    FailingOnceStore(FlatFileStore delegate, String keyPart, long failAfter, SharedReference<AtomicBoolean> failed) {
        this.delegate = delegate;
        this.keyPart = keyPart;
        this.failAfter = failAfter;
        this.failed = failed;
    }

    @Override
    public List<FlatFileObject> list(String prefix) throws IOException {
        return delegate.list(prefix);
    }

    @Override
    public FlatFileObject stat(String key) throws IOException {
        return delegate.stat(key);
    }

    @Override
    public InputStream open(String key, long fromByte) throws IOException {
        InputStream in = delegate.open(key, fromByte);
        if (!key.contains(keyPart) || failed.get().get()) return in;
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                check(1);
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                check(Math.max(n, 0));
                return n;
            }

            private void check(long n) {
                read += n;
                if (read > failAfter && failed.get().compareAndSet(false, true)) {
                    throw new IllegalStateException("injected task failure mid-file in " + key);
                }
            }
        };
    }

    @Override
    public String describe() {
        return "failing-once " + delegate.describe();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
