package io.tapeflow.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.TapeflowMain;
import io.tapeflow.simulator.PolygonSimulator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code record} writes every server frame as received, one per line, and {@code inspect} decodes the recording: a
 * recorded session of the official client's mock server, replayed by the simulator, round-trips through both.
 */
class RecordCommandITCase {

    @Test
    void recordsEveryFrameVerbatimAndInspectDecodesTheRecording(@TempDir Path dir) throws Exception {
        // Given: the simulator replaying a real recorded session (its data frames are sent verbatim)
        Path fixture = dir.resolve("session.jsonl");
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("polygon/fixtures/derived/ws_session_frames_client-python_mock_server.jsonl")) {
            Files.copy(in, fixture);
        }
        List<String> recordedData = Files.readAllLines(fixture).stream().filter(l -> l.contains("\"ev\":\"T\""))
                .toList();
        Path out = dir.resolve("recording.jsonl");
        try (PolygonSimulator sim = PolygonSimulator.builder().port(0).replay(fixture).speed(0).sentLog(false)
                .start()) {
            // When
            int code = TapeflowMain.run("record", "--ws-url", sim.wsUrl(), "--tickers", "*", "--channels", "T",
                    "--out", out.toString(), "--duration", "PT3S");

            // Then: the live handshake, then the recorded trade frames exactly as the simulator sent them
            assertThat(code).isZero();
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).contains("\"status\":\"connected\"");
        assertThat(lines).anyMatch(l -> l.contains("\"status\":\"auth_success\""));
        assertThat(lines).anyMatch(l -> l.contains("subscribed to: T.*"));
        assertThat(lines.stream().filter(l -> l.contains("\"ev\":\"T\"")).toList()).isEqualTo(recordedData);

        // And: inspect decodes the recording without rejecting anything
        assertThat(TapeflowMain.run("inspect", out.toString())).isZero();
    }
}
