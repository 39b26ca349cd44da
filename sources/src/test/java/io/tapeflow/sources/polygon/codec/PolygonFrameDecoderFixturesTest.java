package io.tapeflow.sources.polygon.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Every recorded/spec WebSocket fixture decodes to exactly the values written in the fixture text. */
class PolygonFrameDecoderFixturesTest {
    private final PolygonFrameDecoder decoder = new PolygonFrameDecoder("stocks:0");

    private DecodedFrame decode(String frame) {
        DecodedFrame out = new DecodedFrame();
        decoder.decode(frame, 1, out);
        return out;
    }

    @Test
    void sessionRecordingDecodesStatusesAndTradesWithTheirFixtureValues() {
        // Given
        List<String> frames = Fixtures.jsonlFrames("ws_session_frames_client-python_mock_server.jsonl");

        // When
        List<DecodedFrame> decoded = frames.stream().map(this::decode).toList();

        // Then
        assertThat(decoded).allSatisfy(d -> assertThat(d.rejects).isEmpty());
        assertThat(decoded.get(0).statuses).containsExactly(new StatusMessage("connected", "Connected Successfully"));
        assertThat(decoded.get(0).statuses.get(0).isConnected()).isTrue();
        assertThat(decoded.get(1).statuses).containsExactly(new StatusMessage("auth_success", "authenticated"));
        assertThat(decoded.get(2).statuses).containsExactly(new StatusMessage("success", "subscribed to: T.AAPL"));
        Trade aapl = decoded.get(3).events.get(0).trade;
        assertThat(aapl.ticker).isEqualTo("AAPL");
        assertThat(aapl.tradeId).isEqualTo("5096");
        assertThat(aapl.exchange).isEqualTo(10);
        assertThat(aapl.price).isEqualTo(161.87);
        assertThat(aapl.size).isEqualTo(300d);
        assertThat(aapl.conditions).containsExactly(14, 41);
        assertThat(aapl.sipTs).isEqualTo(1_651_684_192_462_000_000L);
        assertThat(aapl.sequence).isEqualTo(4009402L);
        assertThat(aapl.tape).isEqualTo(3);
        assertThat(aapl.participantTs).isZero();
        assertThat(aapl.trfTs).isZero();
        assertThat(aapl.origin).isEqualTo("ws");
        assertThat(decoded.get(4).events).extracting(e -> e.trade.tradeId).containsExactly("72815", "799");
        Trade noConditions = decoded.get(4).events.get(1).trade;
        assertThat(noConditions.conditions).isEmpty();
        assertThat(noConditions.exchange).isEqualTo(4);
        assertThat(noConditions.size).isEqualTo(100d);
        assertThat(noConditions.sipTs).isEqualTo(1_651_684_192_717_000_000L);
        assertThat(decoded.get(4).events.get(0).trade.conditions).containsExactly(14, 37, 41);
        assertThat(decoded.get(5).statuses).containsExactly(new StatusMessage("success", "unsubscribed to: T.AAPL"));
    }

    @Test
    void statusRecordingDecodesEveryControlMessage() {
        // Given
        List<String> frames = Fixtures.jsonlFrames("ws_status_frames_alpacahq_marketstore.jsonl");

        // When
        List<StatusMessage> statuses = frames.stream().flatMap(f -> decode(f).statuses.stream()).toList();

        // Then
        assertThat(statuses).extracting(StatusMessage::status).containsExactly("connected", "auth_success",
                "success", "success", "success", "auth_failed", "auth_timeout", "max_connections");
        assertThat(statuses.get(4).message()).isEqualTo("subscribed to: AM.*");
        assertThat(statuses.get(5).message()).isEqualTo("authentication failed");
        assertThat(statuses.get(7).message()).isEqualTo("Maximum number of connections exceeded.");
    }

    @Test
    void specTradeAndQuoteExamplesDecodeWithQuoteConditionAsOneElementArray() {
        // Given
        JsonNode events = Fixtures.tree("ws_spec_examples_polygon_websocket_json.json").get("events");

        // When
        Trade t = decode(Fixtures.frameOf(events.get("/stocks/T"))).events.get(0).trade;
        Quote q = decode(Fixtures.frameOf(events.get("/stocks/Q"))).events.get(0).quote;

        // Then
        assertThat(t.ticker).isEqualTo("MSFT");
        assertThat(t.exchange).isEqualTo(4);
        assertThat(t.tradeId).isEqualTo("12345");
        assertThat(t.tape).isEqualTo(3);
        assertThat(t.price).isEqualTo(114.125);
        assertThat(t.size).isEqualTo(100d);
        assertThat(t.conditions).containsExactly(0, 12);
        assertThat(t.sipTs).isEqualTo(1_536_036_818_784_000_000L);
        assertThat(t.sequence).isEqualTo(3681328L);
        assertThat(q.ticker).isEqualTo("MSFT");
        assertThat(q.bidExchange).isEqualTo(4);
        assertThat(q.bidPrice).isEqualTo(114.125);
        assertThat(q.bidSize).isEqualTo(100d);
        assertThat(q.askExchange).isEqualTo(7);
        assertThat(q.askPrice).isEqualTo(114.128);
        assertThat(q.askSize).isEqualTo(160d);
        assertThat(q.sizeUnit).isEqualTo(Quote.ROUND_LOTS);
        assertThat(q.conditions).containsExactly(0);
        assertThat(q.indicators).containsExactly(604);
        assertThat(q.sipTs).isEqualTo(1_536_036_818_784_000_000L);
        assertThat(q.sequence).isEqualTo(50385480L);
        assertThat(q.tape).isEqualTo(3);
    }

    @Test
    void specAggregateExamplesDecodeAsSecondAndMinuteBars() {
        // Given
        JsonNode events = Fixtures.tree("ws_spec_examples_polygon_websocket_json.json").get("events");

        // When
        Aggregate a = decode(Fixtures.frameOf(events.get("/stocks/A"))).events.get(0).aggregate;
        Aggregate am = decode(Fixtures.frameOf(events.get("/stocks/AM"))).events.get(0).aggregate;

        // Then
        assertThat(a.ticker).isEqualTo("SPCE");
        assertThat(a.timeframe).isEqualTo("1s");
        assertThat(a.volume).isEqualTo(200d);
        assertThat(a.dayVolume).isEqualTo(8642007d);
        assertThat(a.officialOpen).isEqualTo(25.66);
        assertThat(a.vwap).isEqualTo(25.3981);
        assertThat(new double[] {a.open, a.high, a.low, a.close}).containsOnly(25.39);
        assertThat(a.dayVwap).isEqualTo(25.3714);
        assertThat(a.startMs).isEqualTo(1610144868000L);
        assertThat(a.endMs).isEqualTo(1610144869000L);
        assertThat(a.otc).isFalse();
        assertThat(am.ticker).isEqualTo("GTE");
        assertThat(am.timeframe).isEqualTo("1m");
        assertThat(am.open).isEqualTo(0.4488);
        assertThat(am.high).isEqualTo(0.4489);
        assertThat(am.low).isEqualTo(0.4486);
        assertThat(am.close).isEqualTo(0.4486);
        assertThat(am.volume).isEqualTo(4110d);
        assertThat(am.endMs - am.startMs).isEqualTo(60_000L);
    }

    @Test
    void specLuldExampleTakesTickerFromCapitalTAndMicrosecondsByMagnitude() {
        // Given
        JsonNode events = Fixtures.tree("ws_spec_examples_polygon_websocket_json.json").get("events");

        // When
        Luld l = decode(Fixtures.frameOf(events.get("/stocks/LULD"))).events.get(0).luld;

        // Then
        assertThat(l.ticker).isEqualTo("MSFT");
        assertThat(l.upper).isEqualTo(218.96);
        assertThat(l.lower).isEqualTo(198.11);
        assertThat(l.indicators).containsExactly(21);
        assertThat(l.tape).isEqualTo(3);
        assertThat(l.ts).isEqualTo(1_601_316_752_683_746_000L);
        assertThat(l.sequence).isEqualTo(290317L);
    }

    @Test
    void specNoiExampleIsRejectedAsAnEventTypeTapeflowDoesNotModel() {
        // Given
        JsonNode noi = Fixtures.tree("ws_spec_examples_polygon_websocket_json.json").get("events").get("/stocks/NOI");

        // When
        DecodedFrame out = decode(Fixtures.frameOf(noi));

        // Then
        assertThat(out.events).isEmpty();
        assertThat(out.rejects).singleElement().satisfies(r -> {
            assertThat(r.reason).isEqualTo("unknown event type 'NOI'");
            assertThat(r.raw).contains("\"T\":\"NTEST.Q\"");
            assertThat(r.origin).isEqualTo("ws");
            assertThat(r.location).isEqualTo("ws:stocks:0 frame 1 element 0");
        });
    }

    @Test
    void specStatusExamplesDecodeIncludingTheSuccessSpellingOfConnect() {
        // Given
        JsonNode status = Fixtures.tree("ws_spec_examples_polygon_websocket_json.json").get("status");

        // When
        StatusMessage connect = decode(Fixtures.frameOf(status.get("ConnectEvent").get("example"))).statuses.get(0);
        StatusMessage disconnect = decode(Fixtures.frameOf(status.get("DisconnectEvent").get("example"))).statuses.get(0);

        // Then
        assertThat(connect).isEqualTo(new StatusMessage("success", "Connected Successfully"));
        assertThat(connect.isConnected()).isTrue();
        assertThat(disconnect.status()).isEqualTo(StatusMessage.MAX_CONNECTIONS);
        assertThat(disconnect.isConnected()).isFalse();
    }

    @Test
    void luldDocsExamplesKeepNanosecondsExactAndScaleMicroseconds() {
        // Given: the raw frames exactly as written (19-digit t would lose digits through a double)
        String text = Fixtures.text("ws_luld_examples_massive_docs.json");
        JsonNode frames = Fixtures.tree("ws_luld_examples_massive_docs.json").get("frames");

        // When
        Luld ns = decode(frames.get(0).toString()).events.get(0).luld;
        Luld us = decode(frames.get(1).toString()).events.get(0).luld;

        // Then
        assertThat(text).contains("1764086430905642800");
        assertThat(ns.ts).isEqualTo(1_764_086_430_905_642_800L);
        assertThat(ns.indicators).containsExactly(16);
        assertThat(ns.upper).isEqualTo(492.99);
        assertThat(ns.lower).isEqualTo(446.04);
        assertThat(ns.sequence).isEqualTo(5925769L);
        assertThat(us.ts).isEqualTo(1_601_316_752_683_746_000L);
        assertThat(us.indicators).containsExactly(21);
        assertThat(decode(frames.get(0).toString()).events.get(0).kind).isEqualTo(EventKind.LULD);
    }
}
