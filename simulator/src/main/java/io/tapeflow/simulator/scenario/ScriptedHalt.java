package io.tapeflow.simulator.scenario;

/**
 * Ground truth of one scripted event, fixed before generation so tests can assert detectors against it.
 * Times are epoch ns of the simulated day.
 *
 * @param kind LULD_PAUSE, NEWS or LIMIT_STATE_ONLY (a limit state that ends within 15 s, no pause)
 * @param direction UP/DOWN for LULD moves, NONE for news
 * @param limitStateStartNs when the NBBO reached the band (0 for news halts)
 * @param haltStartNs when trading paused/halted (LULD: limit state + 15 s; 0 when there is no halt)
 * @param resumeNs the reopening print (0 when there is no halt)
 * @param limitStateEndNs when a LIMIT_STATE_ONLY limit state ended (0 otherwise)
 * @param newsId id of the news item published shortly before a news halt (null otherwise)
 */
public record ScriptedHalt(String ticker, int tape, HaltSpec.Kind kind, HaltSpec.Direction direction,
    long limitStateStartNs, long haltStartNs, long resumeNs, long limitStateEndNs, String newsId,
    long newsPublishedNs) {

  public boolean isHalt() {
    return haltStartNs != 0;
  }
}
