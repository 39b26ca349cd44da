package io.tapeflow.sources.polygon.codec;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.Trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Micro-harness (not a test): decoder events/s on pre-rendered frames of 20 events (70% trades, 30% quotes).
 *
 * <p>Run: {@code mvn -pl sources -am test-compile} then
 * {@code java -cp "$(cat cp.txt):sources/target/classes:sources/target/test-classes" ...DecoderThroughputHarness}.
 */
public final class DecoderThroughputHarness {
    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Random random = new Random(7);
        List<String> frames = new ArrayList<>();
        for (int f = 0; f < 5_000; f++) {
            List<MarketEvent> events = new ArrayList<>();
            for (int k = 0; k < 20; k++) events.add(random.nextInt(10) < 7 ? trade(random) : quote(random));
            frames.add(WireEncoder.frame(events, random));
        }
        PolygonFrameDecoder decoder = new PolygonFrameDecoder("bench:0");
        Counter counter = new Counter();
        run(decoder, frames, counter, 2); // warm-up
        counter.events = 0;
        long start = System.nanoTime();
        run(decoder, frames, counter, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("decoder: %,.0f events/s (%d events in %.1f s, %d rejects, 1 thread)%n",
                counter.events / elapsed, counter.events, elapsed, counter.rejects);
    }

    private static void run(PolygonFrameDecoder decoder, List<String> frames, Counter counter, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long n = 0;
        while (System.nanoTime() < end) {
            for (String frame : frames) decoder.decode(frame, n++, counter);
        }
    }

    private static MarketEvent trade(Random r) {
        Trade t = new Trade();
        t.ticker = "T" + r.nextInt(500);
        t.price = Math.round(r.nextDouble() * 100_000) / 100.0;
        t.size = 1 + r.nextInt(1000);
        t.sipTs = (1_700_000_000_000L + r.nextInt(1_000_000)) * 1_000_000L;
        t.conditions = r.nextBoolean() ? new int[] {12, 37} : new int[0];
        t.sequence = r.nextInt(1_000_000_000);
        t.exchange = r.nextInt(20);
        t.tape = 1 + r.nextInt(3);
        t.tradeId = Integer.toString(r.nextInt(1_000_000));
        return MarketEvent.of(t);
    }

    private static MarketEvent quote(Random r) {
        Quote q = new Quote();
        q.ticker = "T" + r.nextInt(500);
        q.bidPrice = Math.round(r.nextDouble() * 100_000) / 100.0;
        q.askPrice = q.bidPrice + 0.01;
        q.bidSize = r.nextInt(50);
        q.askSize = r.nextInt(50);
        q.sipTs = (1_700_000_000_000L + r.nextInt(1_000_000)) * 1_000_000L;
        q.conditions = new int[] {0};
        q.indicators = new int[] {604};
        q.sequence = r.nextInt(1_000_000_000);
        return MarketEvent.of(q);
    }

    private static final class Counter implements FrameHandler {
        long events;
        long rejects;

        @Override
        public void onEvent(MarketEvent event) {
            events++;
        }

        @Override
        public void onStatus(StatusMessage status) {}

        @Override
        public void onReject(Reject reject) {
            rejects++;
        }
    }
}
