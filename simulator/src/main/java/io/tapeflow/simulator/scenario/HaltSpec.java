package io.tapeflow.simulator.scenario;

import java.time.LocalTime;

/**
 * A scripted event request: what kind, which direction, on a ticker of which tape, starting when (Eastern).
 * The generator picks the ticker (the most liquid one of that tape not already scripted).
 */
public record HaltSpec(Kind kind, Direction direction, int tape, LocalTime at) {
  /** The scripted event kinds. */
  public enum Kind { LULD_PAUSE, NEWS, LIMIT_STATE_ONLY }

  /** Direction of a LULD move. */
  public enum Direction { UP, DOWN, NONE }
}
