package io.tapeflow.sources.polygon.flatfiles.csv;

/**
 * Reuses the ticker String of the previous row when the bytes are equal: flat files are sorted by ticker, so this
 * turns one allocation per row into one per ticker.
 */
final class TickerCache {
    private byte[] bytes = new byte[16];
    private int len = -1;
    private String ticker;

    String ticker(CsvFields row, int field) {
        if (row.fieldEquals(field, bytes, len)) return ticker;
        int s = row.start(field);
        int n = row.end(field) - s;
        if (bytes.length < n) bytes = new byte[n * 2];
        System.arraycopy(row.buffer(), s, bytes, 0, n);
        len = n;
        ticker = row.text(field);
        return ticker;
    }
}
