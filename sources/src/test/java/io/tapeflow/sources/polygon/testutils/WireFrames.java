package io.tapeflow.sources.polygon.testutils;

/** Hand-written wire frames for source tests. */
public final class WireFrames {
    private WireFrames() {}

    /** A one-trade frame; {@code tMs} is the SIP time in ms as on the wire. */
    public static String trade(String sym, long tMs, long seq) {
        return "[{\"ev\":\"T\",\"sym\":\"" + sym + "\",\"i\":\"" + seq + "\",\"x\":4,\"p\":10.5,\"s\":100,\"t\":" + tMs
                + ",\"q\":" + seq + ",\"z\":3}]";
    }
}
