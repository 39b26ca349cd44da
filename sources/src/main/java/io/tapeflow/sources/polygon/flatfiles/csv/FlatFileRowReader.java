package io.tapeflow.sources.polygon.flatfiles.csv;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads one decompressed flat file row by row: validates the header, skips an already-consumed prefix on resume,
 * filters tickers and decodes rows, turning bad rows into {@link Reject}s (location {@code key:line}).
 *
 * <p>Positions count data rows after the header, so row {@code n} is physical line {@code n + 1}.
 */
public final class FlatFileRowReader {
    static final int BUFFER_BYTES = 1 << 18;
    static final int MAX_LINE_BYTES = 1 << 16;

    private final String key;
    private final FlatFileDataset dataset;
    private final LineReader lines;
    private final RowDecoder decoder;
    private final TickerFilter filter;
    private final CsvFields fields = new CsvFields();
    /** Rejects are partitioned by the file's trading day (00:00 New York), not by 1970. */
    private final long dayStartMs;
    private long rowsConsumed;
    private long rowsFiltered;
    private long rowsRejected;

    public FlatFileRowReader(String key, FlatFileDataset dataset, InputStream decompressed, TickerFilter filter) {
        this.key = key;
        this.dataset = dataset;
        this.lines = new LineReader(decompressed, BUFFER_BYTES, MAX_LINE_BYTES);
        this.decoder = dataset.newDecoder();
        this.filter = filter.copy();
        java.time.LocalDate day = dataset.dayOf(key);
        this.dayStartMs = day == null ? 0L
                : day.atStartOfDay(java.time.ZoneId.of("America/New_York")).toInstant().toEpochMilli();
    }

    /** Reads and checks the header row; a file of another schema fails with the key and both headers. */
    public void readHeader() throws IOException {
        if (!lines.next()) throw new FlatFileFormatException(key + ": empty file, expected header '" + dataset.header() + "'");
        String header = new String(lines.buffer(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8);
        if (header.startsWith("\uFEFF")) header = header.substring(1);
        if (!header.equals(dataset.header())) {
            throw new FlatFileFormatException(key + ": header does not match " + dataset.name() + "; expected '"
                    + dataset.header() + "' but was '" + abbreviate(header) + "'");
        }
    }

    /** Skips {@code rows} data rows without parsing them (resume after restore). */
    public void skipRows(long rows) throws IOException {
        while (rowsConsumed < rows) {
            if (!lines.next()) {
                throw new FlatFileFormatException(key + ": file has " + rowsConsumed + " rows but the checkpoint had "
                        + "consumed " + rows + "; was it replaced?");
            }
            rowsConsumed++;
        }
    }

    /** The next accepted row (an event or a reject), or null at end of file; filtered rows are skipped. */
    public MarketEvent next() throws IOException {
        while (lines.next()) {
            rowsConsumed++;
            byte[] b = lines.buffer();
            int s = lines.start();
            int e = lines.end();
            if (lines.tooLong()) return reject("line longer than " + MAX_LINE_BYTES + " bytes", "");
            if (s == e) return reject("empty line", "");
            if (!filter.accepts(b, s, e)) {
                rowsFiltered++;
                continue;
            }
            String problem = fields.split(b, s, e);
            if (problem == null && fields.count() != dataset.columns()) {
                problem = "expected " + dataset.columns() + " fields but found " + fields.count();
            }
            if (problem != null) return reject(problem, raw(b, s, e));
            try {
                MarketEvent event = decoder.decode(fields);
                if (!filter.acceptsAll() && !filter.accepts(event.ticker())) {
                    rowsFiltered++;
                    continue;
                }
                return event;
            } catch (RowFormatException ex) {
                return reject(ex.getMessage(), raw(b, s, e));
            }
        }
        return null;
    }

    /** Data rows read so far, accepted, filtered or rejected: the resume position. */
    public long rowsConsumed() {
        return rowsConsumed;
    }

    public long rowsFiltered() {
        return rowsFiltered;
    }

    public long rowsRejected() {
        return rowsRejected;
    }

    private MarketEvent reject(String reason, String raw) {
        rowsRejected++;
        Reject r = Reject.of(RowDecoder.ORIGIN, key + ":" + (rowsConsumed + 1), reason, raw);
        r.eventTimeMs = dayStartMs;
        return MarketEvent.of(r);
    }

    private static String raw(byte[] b, int s, int e) {
        return new String(b, s, e - s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
