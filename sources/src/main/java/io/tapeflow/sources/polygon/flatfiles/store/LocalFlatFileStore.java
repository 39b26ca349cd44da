package io.tapeflow.sources.polygon.flatfiles.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A local directory holding the bucket's key layout ({@code DIR/us_stocks_sip/trades_v1/2024/04/2024-04-05.csv.gz}),
 * for {@code --flatfiles-dir}, the simulator and tests. The ETag is size plus modification time.
 */
public final class LocalFlatFileStore implements FlatFileStore {
    private static final long serialVersionUID = 1L;

    private final String root;

    public LocalFlatFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize().toString();
    }

    /** Fails fast with one line when the directory is not there (a misconfiguration, not a data problem). */
    public static LocalFlatFileStore checked(Path root) {
        if (!Files.isDirectory(root) || !Files.isReadable(root)) {
            throw new IllegalArgumentException("flat-file directory " + root + " does not exist or is not readable");
        }
        return new LocalFlatFileStore(root);
    }

    @Override
    public List<FlatFileObject> list(String prefix) throws IOException {
        Path base = Paths.get(root);
        int slash = prefix.lastIndexOf('/');
        Path dir = slash < 0 ? base : base.resolve(prefix.substring(0, slash));
        List<FlatFileObject> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder())::iterator) {
                String key = base.relativize(p).toString().replace('\\', '/');
                if (key.startsWith(prefix)) out.add(toObject(key, p));
            }
        }
        out.sort(Comparator.comparing(FlatFileObject::key));
        return out;
    }

    @Override
    public FlatFileObject stat(String key) throws IOException {
        Path p = resolve(key);
        try {
            return toObject(key, p);
        } catch (NoSuchFileException e) {
            throw new FlatFileMissingException("flat file " + key + " is missing from " + describe(), e);
        }
    }

    @Override
    public InputStream open(String key, long fromByte) throws IOException {
        try {
            SeekableByteChannel ch = Files.newByteChannel(resolve(key));
            ch.position(fromByte);
            return Channels.newInputStream(ch);
        } catch (NoSuchFileException e) {
            throw new FlatFileMissingException("flat file " + key + " is missing from " + describe(), e);
        } catch (IOException e) {
            throw new FlatFileMissingException("flat file " + key + " in " + describe() + " is unreadable: " + e, e);
        }
    }

    @Override
    public String describe() {
        return "directory " + root;
    }

    @Override
    public void close() {}

    private Path resolve(String key) throws IOException {
        Path base = Paths.get(root);
        Path p = base.resolve(key).normalize();
        if (!p.startsWith(base)) throw new IOException("key escapes the flat-file directory: " + key);
        return p;
    }

    private static FlatFileObject toObject(String key, Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        return new FlatFileObject(key, a.size(), a.size() + "-" + a.lastModifiedTime().toMillis());
    }

    @Override
    public String toString() {
        return "LocalFlatFileStore{" + root + "}";
    }
}
