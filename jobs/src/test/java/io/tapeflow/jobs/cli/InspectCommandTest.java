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
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final InspectSink sink = new InspectSink(print(out), print(err));

    @Test
    void recordedSessionDecodesToNormalizedTradesWithAbsentConditionsAsEmpty(@TempDir Path dir) throws Exception {
        // When
        InspectCommand.inspect(fixture("polygon/fixtures/derived/ws_session_frames_client-python_mock_server.jsonl",
                dir.resolve("ws_session_frames.jsonl")), sink);

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
            o.write(Files.readAllBytes(fixture("fixtures/flatfiles/us_stocks_sip_trades_v1_2024-04-05_sample_polygon_blog.csv",
                    dir.resolve("sample.csv"))));
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
    void optionsDayAggregatesAreRecognisedAsDailyBarsByTheirKeyName(@TempDir Path dir) throws Exception {
        // When: minute and day aggregate files share one header
        InspectCommand.inspect(fixture("fixtures/flatfiles/us_options_opra_day_aggs_v1_sample_massive_docs.csv",
                dir.resolve("us_options_opra_day_aggs_v1_sample.csv")), sink);

        // Then
        assertThat(lines(out)).hasSize(3).allSatisfy(r -> assertThat(r.path("timeframe").asText()).isEqualTo("1d"));
    }

    @Test
    void restAggregatesResponseDecodesAsDailyBarsWithTheResponsesTicker(@TempDir Path dir) throws Exception {
        // When: the official client's recorded AAPL day-bar response
        InspectCommand.inspect(fixture("fixtures/rest/aggs_AAPL_1_day_2005-04-01_2005-04-04.json",
                dir.resolve("aggs.json")), sink);

        // Then
        List<JsonNode> bars = lines(out);
        assertThat(bars).hasSize(2).allSatisfy(b -> {
            assertThat(b.path("kind").asText()).isEqualTo("aggregate");
            assertThat(b.path("ticker").asText()).isEqualTo("AAPL");
            assertThat(b.path("timeframe").asText()).isEqualTo("1d");
        });
        assertThat(bars.get(0).path("start_ms").asLong()).isEqualTo(1_112_331_600_000L);
    }

    @Test
    void restNewsAndTickerDetailsDecodeByShape(@TempDir Path dir) throws Exception {
        // When
        InspectCommand.inspect(fixture("fixtures/rest/news_ticker_NFLX.json", dir.resolve("news.json")), sink);
        InspectCommand.inspect(fixture("fixtures/rest/tickers_AAPL.json", dir.resolve("ticker.json")), sink);

        // Then
        List<JsonNode> records = lines(out);
        assertThat(records).extracting(r -> r.path("kind").asText()).containsExactly("news", "ticker");
        assertThat(records.get(0).path("tickers").toString()).contains("NFLX");
        assertThat(records.get(1).path("primary_exchange").asText()).isEqualTo("XNAS");
        assertThat(sink.rejects()).isZero();
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

    /** The repository copy of a shared fixture (sources test-jar), as a file named like the original. */
    private static Path fixture(String resource, Path target) throws Exception {
        try (var in = InspectCommandTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("fixture " + resource).isNotNull();
            Files.copy(in, target);
        }
        return target;
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
