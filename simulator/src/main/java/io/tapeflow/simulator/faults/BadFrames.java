package io.tapeflow.simulator.faults;

import java.util.SplittableRandom;

/** The malformed frames the simulator injects: unknown event types, truncated JSON, wrong field types. */
public final class BadFrames {
  private static final String[] FRAMES = {
    "[{\"ev\":\"XYZ\",\"sym\":\"AAPL\",\"foo\":1}]",
    "[{\"ev\":\"T\",\"sym\":\"AAPL\",\"i\":\"1\",\"x\":4,\"p\":12",
    "[{\"ev\":\"T\",\"sym\":\"AAPL\",\"i\":\"1\",\"x\":\"four\",\"p\":\"abc\",\"s\":[1],\"t\":\"yesterday\",\"q\":1,\"z\":3}]",
    "{\"ev\":\"Q\",\"sym\":\"AAPL\"}",
    "not json at all",
    "[{\"ev\":\"LULD\",\"T\":null,\"h\":\"high\",\"l\":{},\"i\":7,\"z\":3,\"t\":-1,\"q\":1}]",
  };

  private BadFrames() {}

  /** All the kinds, for on-demand injection. */
  public static String[] all() {
    return FRAMES.clone();
  }

  public static String pick(SplittableRandom random) {
    return FRAMES[random.nextInt(FRAMES.length)];
  }
}
