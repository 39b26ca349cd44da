package io.tapeflow.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tapeflow.jobs.TapeflowMain;
import io.tapeflow.jobs.inspect.InspectSink;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect} decodes real fixtures with the job's decoders and names every rejected input by file:line. */
class InspectCommandTest {
    private static final Path FIXTURES = Path.of("..", "..", "shared", "polygon", "fixtures", "derived");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final InspectSink sink = new InspectSink(print(out), print(err));

    @Test
    void recordedSessionDecodesToNormalizedTradesWithAbsentConditionsAsEmpty() throws Exception {
        // When
        InspectCommand.inspect(FIXTURES.resolve("ws_session_frames_client-python_mock_server.jsonl"), sink);

        // Then
        List<JsonNode> records = lines(out);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).path("kind").asText()).isEqualTo("trade");
        assertThat(records.get(0).path("ticker").asText()).isEqualTo("AAPL");
        assertThat(records.get(0).path("sip_ts").asLong()).isEqualTo(1_651_684_192_462_000_000L);
        assertThat(records.get(2).path("ticker").asText()).isEqualTo("AMZN");
        assertThat(records.get(2).path("conditions")).isEmpty();
        assertThat(sink.rejects()).isZero();
    }

    @Test
    void gzippedFlatFileDecodesByItsHeaderKeepingNanosecondsExact(@TempDir Path dir) throws Exception {
        // Given: the blog's real rows, gzipped under Polygon's key name
        Path gz = dir.resolve("2024-04-05.csv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(FIXTURES.resolve("us_stocks_sip_trades_v1_2024-04-05_sample_polygon_blog.csv")));
        }

        // When
        InspectCommand.inspect(gz, sink);

        // Then
        List<JsonNode> records = lines(out);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).path("sip_ts").asLong()).isEqualTo(1_712_306_654_208_740_096L);
        assertThat(records.get(0).path("conditions").toString()).isEqualTo("[12,37]");
        assertThat(records.get(0).path("origin").asText()).isEqualTo("flatfile");
    }

    @Test
    void optionsDayAggregatesAreRecognisedAsDailyBarsByTheirKeyName() throws Exception {
        // When: minute and day aggregate files share one header
        InspectCommand.inspect(FIXTURES.resolve("us_options_opra_day_aggs_v1_sample_massive_docs.csv"), sink);

        // Then
        assertThat(lines(out)).hasSize(3).allSatisfy(r -> assertThat(r.path("timeframe").asText()).isEqualTo("1d"));
    }

    @Test
    void badFramesAreNamedByFileAndLineWhileGoodOnesStillPrint(@TempDir Path dir) throws Exception {
        // Given
        Path file = dir.resolve("session.jsonl");
        Files.writeString(file, "[{\"ev\":\"T\",\"sym\":\"X\",\"p\":\"oops\"},"
                + "{\"ev\":\"T\",\"sym\":\"Y\",\"x\":4,\"i\":\"1\",\"z\":1,\"p\":1.5,\"s\":10,\"t\":1700000000000,\"q\":1}]\n"
                + "not json\n");

        // When
        InspectCommand.inspect(file, sink);

        // Then
        assertThat(lines(out)).singleElement().satisfies(r -> assertThat(r.path("ticker").asText()).isEqualTo("Y"));
        assertThat(sink.rejects()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(file + ":1: ")
                .contains(file + ":2: malformed JSON");
    }

    @Test
    void anyRejectedInputMakesTheCommandExitNonZero(@TempDir Path dir) throws Exception {
        // Given
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "[{\"ev\":\"ZZ\"}]\n");

        // When
        int code = TapeflowMain.run("inspect", file.toString());

        // Then
        assertThat(code).isEqualTo(1);
    }

    private static List<JsonNode> lines(ByteArrayOutputStream bytes) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
