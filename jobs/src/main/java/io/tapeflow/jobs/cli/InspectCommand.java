package io.tapeflow.jobs.cli;

import io.tapeflow.jobs.inspect.CsvInspector;
import io.tapeflow.jobs.inspect.InspectSink;
import io.tapeflow.jobs.inspect.JsonlInspector;
import io.tapeflow.sources.polygon.rest.RestResponseDecoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect}: decodes files with the same decoders the job uses and prints normalized records; exit code 1 when
 * any input was rejected (each named on stderr with file:line and the reason).
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Decode recorded WebSocket JSONL, flat-file CSV/CSV.gz or REST JSON to JSON lines on stdout.",
                "Undecodable input goes to stderr as file:line: reason; exit code 1 if any was rejected."})
public class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to decode (.jsonl, .csv, .csv.gz, .json).")
    Path[] files;

    @Override
    public Integer call() throws IOException {
        InspectSink sink = new InspectSink(System.out, System.err);
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new TapeflowException(file + " is not a readable file");
            }
            inspect(file, sink);
        }
        System.out.flush();
        System.err.println("tapeflow: " + sink.records() + " records, " + sink.rejects() + " rejected");
        return sink.rejects() > 0 ? 1 : 0;
    }

    static void inspect(Path file, InspectSink sink) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
            if (base.endsWith(".csv")) {
                CsvInspector.inspect(file.toString(), in, sink);
            } else if (base.endsWith(".jsonl")) {
                JsonlInspector.inspect(file.toString(),
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), sink);
            } else if (base.endsWith(".json")) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                RestResponseDecoder.decode(body, file.toString(), null, sink::acceptRecord,
                        r -> sink.reject(r.location, r));
            } else {
                throw new TapeflowException(file + ": unknown file type (expected .jsonl, .csv, .csv.gz or .json)");
            }
        }
    }
}
