package io.tapeflow.sources.polygon.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.Arrays;

/**
 * The fields of one frame element, read token by token into reusable slots so no JSON tree is built per event.
 *
 * <p>The same letter means different things per event type ({@code c} is an int[] on trades, an int on quotes, a
 * price on bars), so each slot records the JSON kind it saw and the mapper checks it against what the event needs.
 */
final class ElementFields {
    static final int EV = 0, SYM = 1, TICKER = 2, X = 3, I = 4, Z = 5, P = 6, S = 7, DS = 8, C = 9, T = 10, Q = 11,
            TRFI = 12, TRFT = 13, PT = 14, BX = 15, AX = 16, BP = 17, AP = 18, BS = 19, AS = 20, V = 21, DV = 22,
            AV = 23, DAV = 24, OP = 25, VW = 26, O = 27, H = 28, L = 29, A = 30, E = 31, OTC = 32, STATUS = 33,
            MESSAGE = 34;
    private static final int COUNT = 35;

    static final byte ABSENT = 0, INT = 1, FLOAT = 2, STRING = 3, INT_ARRAY = 4, BOOL = 5, NULL = 6, OTHER = 7;

    final byte[] kinds = new byte[COUNT];
    final long[] longs = new long[COUNT];
    final double[] doubles = new double[COUNT];
    final String[] strings = new String[COUNT];
    final int[][] arrays = new int[COUNT][];
    private int[] scratch = new int[16];

    /** Reads the object whose START_OBJECT is the current token; leaves the parser on its END_OBJECT. */
    void read(JsonParser p) throws IOException {
        Arrays.fill(kinds, ABSENT);
        JsonToken tok;
        while ((tok = p.nextToken()) == JsonToken.FIELD_NAME) {
            int id = fieldId(p.currentName());
            JsonToken value = p.nextToken();
            if (id < 0) {
                p.skipChildren();
            } else {
                readValue(p, id, value);
            }
        }
        if (tok != JsonToken.END_OBJECT) {
            throw new IOException("unterminated object");
        }
    }

    private void readValue(JsonParser p, int id, JsonToken value) throws IOException {
        switch (value) {
            case VALUE_NUMBER_INT:
                JsonParser.NumberType type = p.getNumberType();
                if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                    kinds[id] = INT;
                    longs[id] = p.getLongValue();
                    doubles[id] = longs[id];
                } else {
                    kinds[id] = OTHER; // beyond long: never a valid Polygon value
                }
                break;
            case VALUE_NUMBER_FLOAT:
                kinds[id] = FLOAT;
                doubles[id] = p.getDoubleValue();
                break;
            case VALUE_STRING:
                kinds[id] = STRING;
                strings[id] = p.getText();
                break;
            case VALUE_TRUE:
            case VALUE_FALSE:
                kinds[id] = BOOL;
                longs[id] = value == JsonToken.VALUE_TRUE ? 1 : 0;
                break;
            case VALUE_NULL:
                kinds[id] = NULL;
                break;
            case START_ARRAY:
                readIntArray(p, id);
                break;
            default:
                p.skipChildren();
                kinds[id] = OTHER;
        }
    }

    private void readIntArray(JsonParser p, int id) throws IOException {
        int n = 0;
        boolean ints = true;
        JsonToken tok;
        while ((tok = p.nextToken()) != JsonToken.END_ARRAY) {
            if (tok == null) throw new IOException("unterminated array");
            if (tok == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                if (n == scratch.length) scratch = Arrays.copyOf(scratch, n * 2);
                scratch[n++] = p.getIntValue();
            } else {
                ints = false;
                p.skipChildren();
            }
        }
        kinds[id] = ints ? INT_ARRAY : OTHER;
        arrays[id] = ints ? Arrays.copyOf(scratch, n) : null;
    }

    private static int fieldId(String name) {
        switch (name) {
            case "ev": return EV;
            case "sym": return SYM;
            case "T": return TICKER;
            case "x": return X;
            case "i": return I;
            case "z": return Z;
            case "p": return P;
            case "s": return S;
            case "ds": return DS;
            case "c": return C;
            case "t": return T;
            case "q": return Q;
            case "trfi": return TRFI;
            case "trft": return TRFT;
            case "pt": return PT;
            case "bx": return BX;
            case "ax": return AX;
            case "bp": return BP;
            case "ap": return AP;
            case "bs": return BS;
            case "as": return AS;
            case "v": return V;
            case "dv": return DV;
            case "av": return AV;
            case "dav": return DAV;
            case "op": return OP;
            case "vw": return VW;
            case "o": return O;
            case "h": return H;
            case "l": return L;
            case "a": return A;
            case "e": return E;
            case "otc": return OTC;
            case "status": return STATUS;
            case "message": return MESSAGE;
            default: return -1;
        }
    }

    /** The wire name of a slot, for reject reasons. */
    static String name(int id) {
        return NAMES[id];
    }

    private static final String[] NAMES = {"ev", "sym", "T", "x", "i", "z", "p", "s", "ds", "c", "t", "q", "trfi",
        "trft", "pt", "bx", "ax", "bp", "ap", "bs", "as", "v", "dv", "av", "dav", "op", "vw", "o", "h", "l", "a", "e",
        "otc", "status", "message"};
}
