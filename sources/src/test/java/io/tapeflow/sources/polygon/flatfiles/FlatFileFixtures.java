package io.tapeflow.sources.polygon.flatfiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Writes flat files the way Polygon does (exact header, quoted comma lists, gzip) for tests. */
public final class FlatFileFixtures {
    private FlatFileFixtures() {}

    /** The repository copy of a shared fixture under {@code src/test/resources/fixtures/flatfiles}. */
    public static InputStream resource(String name) {
        InputStream in = FlatFileFixtures.class.getResourceAsStream("/fixtures/flatfiles/" + name);
        if (in == null) throw new IllegalStateException("missing test resource " + name);
        return in;
    }

    public static InputStream text(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** A trades_v1 row; sequence doubles as a unique id inside one day. */
    public static String tradeRow(String ticker, long seq, long sipTs, String price, String size, int... conditions) {
        return String.format(Locale.ROOT, "%s,%s,0,11,%d,%d,%s,%d,%d,%s,1,0,0", ticker, codes(conditions),
                1_000_000L + seq, sipTs - 35_000, price, seq, sipTs, size);
    }

    public static String minuteAggRow(String ticker, long windowStartNs, long transactions) {
        return String.format(Locale.ROOT, "%s,1200,10.5,10.75,10.8,10.4,%d,%d", ticker, windowStartNs, transactions);
    }

    /** {@code 12,37} is quoted, one code is bare, none is empty: Polygon's style. */
    public static String codes(int... c) {
        if (c.length == 0) return "";
        if (c.length == 1) return Integer.toString(c[0]);
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < c.length; i++) sb.append(i == 0 ? "" : ",").append(c[i]);
        return sb.append('"').toString();
    }

    /** 09:30 New York on {@code day} in epoch ns. */
    public static long marketOpenNs(LocalDate day) {
        return day.atTime(9, 30).atZone(ZoneId.of("America/New_York")).toInstant().toEpochMilli() * 1_000_000L;
    }

    /** Writes {@code root/<key>} as gzip with the dataset header and the rows. */
    public static Path writeDay(Path root, FlatFileDataset dataset, LocalDate day, List<String> rows) {
        Path file = root.resolve(dataset.key(day));
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(gzip(dataset.header(), rows));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] gzip(String header, List<String> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
            gz.write((header + "\n").getBytes(StandardCharsets.UTF_8));
            for (String r : rows) gz.write((r + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
