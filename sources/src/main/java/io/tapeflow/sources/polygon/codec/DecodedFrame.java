package io.tapeflow.sources.polygon.codec;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Reject;

import java.util.ArrayList;
import java.util.List;

/** A {@link FrameHandler} that just collects; handy for tools and tests that decode a frame at a time. */
public final class DecodedFrame implements FrameHandler {
    public final List<MarketEvent> events = new ArrayList<>();
    public final List<StatusMessage> statuses = new ArrayList<>();
    public final List<Reject> rejects = new ArrayList<>();

    @Override
    public void onEvent(MarketEvent event) {
        events.add(event);
    }

    @Override
    public void onStatus(StatusMessage status) {
        statuses.add(status);
    }

    @Override
    public void onReject(Reject reject) {
        rejects.add(reject);
    }
}
