package io.tapeflow.simulator.wire;

/** The stocks WebSocket channels the simulator serves, with their subscription prefixes. */
public enum Channel {
  T("T"),
  Q("Q"),
  A("A"),
  AM("AM"),
  LULD("LULD");

  private final String prefix;

  Channel(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  /** Returns the channel for a subscription prefix such as {@code AM}, or null when unknown. */
  public static Channel ofPrefix(String prefix) {
    for (Channel c : values()) {
      if (c.prefix.equals(prefix)) {
        return c;
      }
    }
    return null;
  }
}
