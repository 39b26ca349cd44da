package io.tapeflow.sources.polygon.websocket;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a tickers file: tickers separated by commas, whitespace or lines; {@code #} starts a comment. */
final class TickersFile {
    private static final Logger LOG = LoggerFactory.getLogger(TickersFile.class);
    private static final Pattern TICKER = Pattern.compile("\\*|[A-Z0-9][A-Z0-9.:/-]{0,31}");

    private TickersFile() {}

    /** Upper-case letters, digits and {@code . : / -} (e.g. {@code BRK.A}), or {@code *} for the whole market. */
    static boolean isValid(String ticker) {
        return TICKER.matcher(ticker).matches();
    }

    static Set<String> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Set<String> parse(String text) {
        Set<String> tickers = new TreeSet<>();
        for (String line : text.split("\\R")) {
            int hash = line.indexOf('#');
            String content = hash >= 0 ? line.substring(0, hash) : line;
            for (String token : content.split("[,\\s]+")) {
                String ticker = token.toUpperCase(Locale.ROOT);
                if (isValid(ticker)) {
                    tickers.add(ticker);
                } else if (!ticker.isEmpty()) {
                    LOG.warn("Ignoring invalid ticker '{}' in tickers file", ticker);
                }
            }
        }
        return tickers;
    }
}
