package io.tapeflow.jobs.inspect;

import io.tapeflow.jobs.cli.TapeflowException;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.csv.FlatFileRowReader;
import io.tapeflow.sources.polygon.flatfiles.csv.TickerFilter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Decodes a flat-file CSV (plain or gzip) with the flat-file source's own row reader, recognising it by its header. */
public final class CsvInspector {
    private CsvInspector() {}

    /** Reads every row; the dataset is the one whose exact header the file starts with. */
    public static void inspect(String file, InputStream decompressed, InspectSink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(decompressed, 1 << 16);
        FlatFileDataset dataset = datasetOf(file, in);
        FlatFileRowReader rows = new FlatFileRowReader(file, dataset, in, TickerFilter.all());
        rows.readHeader();
        MarketEvent e;
        while ((e = rows.next()) != null) {
            // The reader's reject locations are already file:line.
            sink.accept(e, e.reject != null ? e.reject.location : file + ":" + (rows.rowsConsumed() + 1));
        }
    }

    private static FlatFileDataset datasetOf(String file, BufferedInputStream in) throws IOException {
        in.mark(1 << 12);
        byte[] head = in.readNBytes(1 << 12);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        int eol = text.indexOf('\n');
        String header = (eol < 0 ? text : text.substring(0, eol)).replace("\r", "").replace("\uFEFF", "");
        // Minute and day aggregates (stocks and options) share one header: the key layout names the dataset.
        String path = file.toLowerCase(java.util.Locale.ROOT);
        boolean options = path.contains("opra") || path.contains("options");
        boolean day = path.contains("day_aggs");
        FlatFileDataset match = null;
        for (FlatFileDataset d : FlatFileDataset.values()) {
            if (!d.header().equals(header)) {
                continue;
            }
            boolean dOptions = d.cliName().startsWith("options_");
            boolean dDay = d.cliName().endsWith("day_aggs");
            if (match == null || (dOptions == options && dDay == day)) {
                match = d;
            }
        }
        if (match == null) {
            throw new TapeflowException(file + ":1: not a known flat-file header: " + header);
        }
        return match;
    }
}
