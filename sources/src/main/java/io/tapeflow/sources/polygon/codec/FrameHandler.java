package io.tapeflow.sources.polygon.codec;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Reject;

/** Receives what {@link PolygonFrameDecoder} finds in one frame, in frame order. */
public interface FrameHandler {
    /** A trade, quote, aggregate or LULD event. */
    void onEvent(MarketEvent event);

    /** A control message ({@code ev:"status"}). */
    void onStatus(StatusMessage status);

    /** An element (or a whole frame) that could not be decoded. */
    void onReject(Reject reject);
}
