package io.tapeflow.sources.polygon.flatfiles.csv;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines inside one reusable buffer: {@code \n} or {@code \r\n} terminated, the last line
 * may lack a terminator. A line longer than the cap is reported as {@link #tooLong()} (and skipped) instead of
 * growing the buffer without bound on a corrupt file.
 */
public final class LineReader {
    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private int lineStart;
    private int lineEnd;
    private boolean tooLong;

    public LineReader(InputStream in, int bufferBytes, int maxLineBytes) {
        this.in = in;
        this.buf = new byte[bufferBytes];
        this.maxLineBytes = maxLineBytes;
    }

    /** Advances to the next line; false at end of stream. */
    public boolean next() throws IOException {
        tooLong = false;
        int scanFrom = pos;
        while (true) {
            for (int i = scanFrom; i < limit; i++) {
                if (buf[i] == '\n') {
                    setLine(pos, i);
                    pos = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit);
                    pos = limit;
                    return true;
                }
                return false;
            }
            scanFrom = limit - pos;
            if (!fill()) {
                // The line outgrew the cap: drop what we have and skip to its end.
                tooLong = true;
                pos = limit;
                skipRestOfLine();
                lineStart = lineEnd = 0;
                return true;
            }
            scanFrom += pos;
        }
    }

    /** The current line is in {@code buffer()[start(), end())}, terminator excluded. */
    public byte[] buffer() {
        return buf;
    }

    public int start() {
        return lineStart;
    }

    public int end() {
        return lineEnd;
    }

    /** True when the current line exceeded the cap; its content is then empty. */
    public boolean tooLong() {
        return tooLong;
    }

    private void setLine(int s, int e) {
        if (e > s && buf[e - 1] == '\r') e--;
        if (e - s > maxLineBytes) {
            // Same verdict whether or not the long line happened to fit the buffer.
            tooLong = true;
            e = s;
        }
        lineStart = s;
        lineEnd = e;
    }

    /** Compacts and reads more; false when the pending line already fills the cap. */
    private boolean fill() throws IOException {
        int pending = limit - pos;
        if (pending >= maxLineBytes) return false;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, pending);
            pos = 0;
            limit = pending;
        }
        if (limit == buf.length) {
            byte[] bigger = new byte[Math.min(buf.length * 2, Math.max(maxLineBytes, buf.length + 1))];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
        return true;
    }

    private void skipRestOfLine() throws IOException {
        while (true) {
            pos = 0;
            limit = 0;
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return;
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    pos = i + 1;
                    limit = n;
                    return;
                }
            }
        }
    }
}
