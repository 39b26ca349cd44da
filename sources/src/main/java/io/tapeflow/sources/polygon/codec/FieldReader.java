package io.tapeflow.sources.polygon.codec;

import static io.tapeflow.sources.polygon.codec.ElementFields.ABSENT;
import static io.tapeflow.sources.polygon.codec.ElementFields.FLOAT;
import static io.tapeflow.sources.polygon.codec.ElementFields.INT;
import static io.tapeflow.sources.polygon.codec.ElementFields.INT_ARRAY;
import static io.tapeflow.sources.polygon.codec.ElementFields.NULL;
import static io.tapeflow.sources.polygon.codec.ElementFields.STRING;

/** Typed, checked access to {@link ElementFields} slots; a wrong or missing value becomes a reject reason. */
final class FieldReader {
    private static final int[] NONE = new int[0];

    private final ElementFields f;

    FieldReader(ElementFields f) {
        this.f = f;
    }

    boolean present(int id) {
        return f.kinds[id] != ABSENT && f.kinds[id] != NULL;
    }

    String requiredString(int id) throws BadElementException {
        if (f.kinds[id] != STRING || f.strings[id].isEmpty()) {
            throw problem(id, "a non-empty string");
        }
        return f.strings[id];
    }

    /** A string field some feeds send as a number (trade ids); both become text. */
    String stringOrInteger(int id) throws BadElementException {
        if (!present(id)) return null;
        if (f.kinds[id] == STRING) return f.strings[id];
        if (f.kinds[id] == INT) return Long.toString(f.longs[id]);
        throw problem(id, "a string");
    }

    long requiredLong(int id) throws BadElementException {
        if (f.kinds[id] != INT) throw problem(id, "an integer");
        return f.longs[id];
    }

    long optionalLong(int id) throws BadElementException {
        return present(id) ? requiredLong(id) : 0L;
    }

    int optionalInt(int id) throws BadElementException {
        long v = optionalLong(id);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw problem(id, "a 32-bit integer");
        return (int) v;
    }

    double requiredDouble(int id) throws BadElementException {
        if (f.kinds[id] != INT && f.kinds[id] != FLOAT) throw problem(id, "a number");
        return f.doubles[id];
    }

    double optionalDouble(int id) throws BadElementException {
        return present(id) ? requiredDouble(id) : 0d;
    }

    boolean optionalBoolean(int id) throws BadElementException {
        if (!present(id)) return false;
        if (f.kinds[id] != ElementFields.BOOL) throw problem(id, "a boolean");
        return f.longs[id] == 1;
    }

    int[] optionalIntArray(int id) throws BadElementException {
        if (!present(id)) return NONE;
        if (f.kinds[id] != INT_ARRAY) throw problem(id, "an array of integers");
        return f.arrays[id];
    }

    /** Quote {@code c}: a scalar on the wire, normalised to the one-element array every origin uses. */
    int[] scalarOrIntArray(int id) throws BadElementException {
        if (f.kinds[id] == INT) {
            return new int[] {Math.toIntExact(requiredLongInIntRange(id))};
        }
        return optionalIntArray(id);
    }

    private long requiredLongInIntRange(int id) throws BadElementException {
        long v = f.longs[id];
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw problem(id, "a 32-bit integer");
        return v;
    }

    /**
     * A fractional quantity ({@code ds}, {@code dv}, {@code dav}) sent as a decimal string; plain decimal syntax only,
     * so Java-isms like {@code NaN}, {@code 1d} or hex floats are rejected.
     */
    double decimal(int id) throws BadElementException {
        if (f.kinds[id] == INT || f.kinds[id] == FLOAT) return f.doubles[id];
        if (f.kinds[id] != STRING || !isPlainDecimal(f.strings[id])) throw problem(id, "a decimal string");
        return Double.parseDouble(f.strings[id]);
    }

    private static boolean isPlainDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > 64) return false;
        boolean digit = false;
        for (int k = 0; k < n; k++) {
            char ch = s.charAt(k);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (!(ch == '.' || ch == 'e' || ch == 'E' || ((ch == '-' || ch == '+')))) {
                return false;
            }
        }
        return digit;
    }

    static BadElementException problem(int id, String expected) {
        return new BadElementException("field '" + ElementFields.name(id) + "' must be " + expected);
    }
}
