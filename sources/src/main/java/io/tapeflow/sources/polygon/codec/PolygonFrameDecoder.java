package io.tapeflow.sources.polygon.codec;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Origin;
import io.tapeflow.sources.model.Reject;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one Polygon WebSocket text frame (a JSON array of {@code ev}-tagged objects) into tapeflow events, status
 * messages and rejects, with Jackson's streaming parser and no tree per event.
 *
 * <p>Each element stands alone: an unknown {@code ev} or a malformed element becomes a {@link Reject} carrying that
 * element's raw text while the other elements of the frame still decode. A frame that is not valid JSON at all is one
 * reject with the whole frame as raw text and yields no events (its raw text is the only trustworthy copy).
 *
 * <p>Not thread-safe: one decoder per connection (it reuses its field slots between elements).
 *
 * <pre>{@code
 * PolygonFrameDecoder decoder = new PolygonFrameDecoder("stocks:0");
 * DecodedFrame out = new DecodedFrame();
 * decoder.decode("[{\"ev\":\"T\",\"sym\":\"AAPL\",...}]", 1, out);
 * }</pre>
 */
public final class PolygonFrameDecoder {
    private static final String WS = Origin.WS.value();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            // Every price and size is a double: the JDK's parser was ~8% of decoding; this one is exact as well.
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private final String feed;
    private final ElementFields fields = new ElementFields();
    private final EventMapper mapper = new EventMapper(fields);
    private final List<Object> pending = new ArrayList<>();

    /** @param feed the feed name used in reject locations, e.g. {@code stocks:0} gives {@code ws:stocks:0 frame 7}. */
    public PolygonFrameDecoder(String feed) {
        this.feed = feed;
    }

    /** Decodes {@code frame} (the {@code frameNo}-th of this feed) and hands everything found to {@code out}. */
    public void decode(String frame, long frameNo, FrameHandler out) {
        pending.clear();
        try (JsonParser p = JSON.createParser(frame)) {
            if (p.nextToken() == JsonToken.START_ARRAY) {
                readElements(frame, frameNo, p);
                if (p.nextToken() != null) throw new IOException("content after the frame's array");
            } else {
                pending.add(reject(frameNo, -1, "frame is not a JSON array", frame, 0L));
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON (or not one array): nothing in it can be trusted, keep the whole frame.
            pending.clear();
            String why = e instanceof JsonProcessingException
                    ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
            pending.add(reject(frameNo, -1, "malformed JSON: " + firstLine(why), frame, 0L));
        }
        // Handlers run only after parsing, so an exception they throw is never mistaken for bad input.
        flush(out);
    }

    private void readElements(String frame, long frameNo, JsonParser p) throws IOException {
        int k = 0;
        JsonToken tok;
        while ((tok = p.nextToken()) != JsonToken.END_ARRAY) {
            if (tok == null) throw new IOException("frame ends inside the array");
            int start = (int) p.currentTokenLocation().getCharOffset();
            if (tok == JsonToken.START_OBJECT) {
                fields.read(p);
                decodeElement(frame, frameNo, k, start, (int) p.currentLocation().getCharOffset());
            } else {
                p.skipChildren();
                String raw = frame.substring(start, (int) p.currentLocation().getCharOffset());
                pending.add(reject(frameNo, k, "element is not a JSON object", raw, 0L));
            }
            k++;
        }
    }

    private void decodeElement(String frame, long frameNo, int k, int start, int end) {
        String ev = fields.kinds[ElementFields.EV] == ElementFields.STRING ? fields.strings[ElementFields.EV] : null;
        try {
            if (ev == null) throw new BadElementException("field 'ev' is missing or not a string");
            switch (ev) {
                case "T": pending.add(mapper.trade()); break;
                case "Q": pending.add(mapper.quote()); break;
                case "A": pending.add(mapper.aggregate(Aggregate.SECOND)); break;
                case "AM": pending.add(mapper.aggregate(Aggregate.MINUTE)); break;
                case "LULD": pending.add(mapper.luld()); break;
                case "status": pending.add(mapper.status()); break;
                default: throw new BadElementException("unknown event type '" + ev + "'");
            }
        } catch (BadElementException e) {
            String raw = frame.substring(start, end);
            pending.add(reject(frameNo, k, e.getMessage(), raw, mapper.eventTimeMsOrZero("LULD".equals(ev))));
        }
    }

    private void flush(FrameHandler out) {
        for (int n = 0, size = pending.size(); n < size; n++) {
            Object o = pending.get(n);
            if (o instanceof MarketEvent) {
                out.onEvent((MarketEvent) o);
            } else if (o instanceof StatusMessage) {
                out.onStatus((StatusMessage) o);
            } else {
                out.onReject((Reject) o);
            }
        }
        pending.clear();
    }

    private Reject reject(long frameNo, int element, String reason, String raw, long eventTimeMs) {
        String location = "ws:" + feed + " frame " + frameNo + (element >= 0 ? " element " + element : "");
        Reject r = Reject.of(WS, location, reason, raw);
        r.eventTimeMs = eventTimeMs;
        return r;
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int end = message.indexOf('\n');
        int marker = message.indexOf(" (start marker at");
        if (marker >= 0 && (end < 0 || marker < end)) end = marker; // Jackson's location detail: noise in a reason
        return end < 0 ? message : message.substring(0, end);
    }
}
