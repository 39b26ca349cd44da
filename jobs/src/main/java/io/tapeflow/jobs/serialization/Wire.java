package io.tapeflow.jobs.serialization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Null-safe field encodings shared by the hand-written serializers (records and the semantics' events).
 *
 * <p>Strings are a varint header and their UTF-8 bytes, not Flink's {@code StringValue} format: that one walks the
 * string char by char and reads through a thread-local buffer, and a backfill profile had it as the largest part of
 * the semantics' (de)serialization. {@code getBytes}/{@code new String} take the JDK's intrinsic Latin-1 paths for the
 * ASCII the feed sends, and stay correct for any text. Header: 0 = null, 1 = the caller's known string (a payload's
 * ticker inside an event that already carries it), 2 = a char count and UTF-16 chars follow (a string UTF-8 cannot
 * carry: a lone surrogate from a bad JSON escape; a ticker must arrive exactly as keyed), n + 3 = n UTF-8 bytes
 * follow. These formats only travel on stream edges between operators of the same build (no keyed or operator state
 * uses them), so they may change between releases.
 */
public final class Wire {
    private static final int NULL = 0;
    private static final int KNOWN = 1;
    private static final int CHARS = 2;
    private static final int BYTES = 3;

    private Wire() {}

    public static void writeString(String s, DataOutputView out) throws IOException {
        writeString(s, null, out);
    }

    public static String readString(DataInputView in) throws IOException {
        return readString(null, in);
    }

    /** Writes {@code s}, as one byte when it equals {@code known} (which the reader must pass back in). */
    public static void writeString(String s, String known, DataOutputView out) throws IOException {
        if (s == null) {
            out.writeByte(NULL);
        } else if (s.equals(known)) {
            out.writeByte(KNOWN);
        } else {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            if (!encodedExactly(s, bytes)) {
                writeChars(s, out);
                return;
            }
            writeVarInt(bytes.length + BYTES, out);
            out.write(bytes);
        }
    }

    /** Whether {@code bytes} decode back to {@code s}: the encoder puts '?' for what UTF-8 cannot carry. */
    private static boolean encodedExactly(String s, byte[] bytes) {
        if (bytes.length == s.length()) {
            // one byte per char: ASCII, or a lone surrogate turned into '?'
            for (int k = 0; k < bytes.length; k++) {
                if (bytes[k] == '?' && s.charAt(k) != '?') return false;
            }
            return true;
        }
        return new String(bytes, StandardCharsets.UTF_8).equals(s); // non-ASCII: rare, may pay for a full check
    }

    private static void writeChars(String s, DataOutputView out) throws IOException {
        out.writeByte(CHARS);
        writeVarInt(s.length(), out);
        out.writeChars(s);
    }

    /** Reads a string written by {@link #writeString(String, String, DataOutputView)} with the same {@code known}. */
    public static String readString(String known, DataInputView in) throws IOException {
        int header = readVarInt(in);
        if (header == NULL) return null;
        if (header == KNOWN) return known;
        if (header == CHARS) return readChars(in);
        byte[] bytes = new byte[header - BYTES];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String readChars(DataInputView in) throws IOException {
        char[] chars = new char[readVarInt(in)];
        for (int k = 0; k < chars.length; k++) {
            chars[k] = in.readChar();
        }
        return new String(chars);
    }

    public static void writeInts(int[] values, DataOutputView out) throws IOException {
        // length + 1, 0 = null: condition and indicator arrays are short, so the header is one byte
        writeVarInt(values == null ? 0 : values.length + 1, out);
        if (values == null) return;
        for (int v : values) {
            out.writeInt(v);
        }
    }

    public static int[] readInts(DataInputView in) throws IOException {
        int header = readVarInt(in);
        if (header == 0) {
            return null;
        }
        int[] values = new int[header - 1];
        for (int k = 0; k < values.length; k++) {
            values[k] = in.readInt();
        }
        return values;
    }

    /** Arrays are mutable: a copy must not share them. */
    public static int[] copy(int[] values) {
        return values == null ? null : values.clone();
    }

    /** An unsigned varint (7 bits per byte, low first) of a non-negative {@code value}. */
    static void writeVarInt(int value, DataOutputView out) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    static int readVarInt(DataInputView in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new IOException("malformed varint");
    }
}
