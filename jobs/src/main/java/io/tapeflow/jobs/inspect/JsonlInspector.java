package io.tapeflow.jobs.inspect;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.polygon.codec.FrameHandler;
import io.tapeflow.sources.polygon.codec.PolygonFrameDecoder;
import io.tapeflow.sources.polygon.codec.StatusMessage;
import java.io.BufferedReader;
import java.io.IOException;

/** Decodes a recorded WebSocket session (CONTRACT section 3: one server frame per line) with the source's decoder. */
public final class JsonlInspector {
    private JsonlInspector() {}

    /** Reads every line of {@code in}; status frames are control traffic and print nothing. */
    public static void inspect(String file, BufferedReader in, InspectSink sink) throws IOException {
        PolygonFrameDecoder decoder = new PolygonFrameDecoder("inspect");
        String line;
        long lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String location = file + ":" + lineNo;
            decoder.decode(line, lineNo, new FrameHandler() {
                @Override
                public void onEvent(MarketEvent event) {
                    sink.accept(event, location);
                }

                @Override
                public void onStatus(StatusMessage status) {}

                @Override
                public void onReject(Reject reject) {
                    sink.reject(location, reject);
                }
            });
        }
    }
}
