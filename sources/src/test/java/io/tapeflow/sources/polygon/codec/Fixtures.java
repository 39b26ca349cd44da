package io.tapeflow.sources.polygon.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the recorded WebSocket fixtures (copied from shared/polygon/fixtures/derived) from the test classpath. */
public final class Fixtures {
    public static final String DIR = "/polygon/fixtures/derived/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frames of a JSONL recording, one per non-blank line, exactly as recorded. */
    public static List<String> jsonlFrames(String name) {
        List<String> frames = new ArrayList<>();
        for (String line : text(name).split("\n")) {
            if (!line.isBlank()) frames.add(line.strip());
        }
        return frames;
    }

    public static JsonNode tree(String name) {
        try {
            return JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One element wrapped as a frame, its text written back by Jackson (numbers keep their literal digits). */
    public static String frameOf(JsonNode element) {
        try {
            return "[" + JSON.writeValueAsString(element) + "]";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
