package io.tapeflow.jobs.mapping;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.model.Trade;
import org.apache.avro.generic.GenericRecord;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Value-level checks of the mappings: nulls, "0 = absent", arrays, keys and partition days. */
class RecordMappingTest {

    @Test
    void tradeKeepsNanosecondsListsConditionsAndMapsAbsentTimestampsToNull() {
        // Given
        Trade full = SampleRecords.fullTrade();
        Trade sparse = SampleRecords.sparseTrade();
        // When
        GenericRecord f = TradeMapping.toAvro(full);
        GenericRecord s = TradeMapping.toAvro(sparse);
        // Then
        assertThat(f.get("sip_ts")).isEqualTo(full.sipTs);
        assertThat(f.get("conditions")).isEqualTo(List.of(12, 37));
        assertThat(f.get("trf_id")).isEqualTo(201);
        assertThat(s.get("participant_ts")).isNull();
        assertThat(s.get("trf_ts")).isNull();
        assertThat(s.get("trf_id")).isNull();
        assertThat(s.get("trade_id")).isNull();
        assertThat(s.get("conditions")).isEqualTo(List.of());
    }

    @Test
    void tickPartitionIsTheEasternDayEvenWhenUtcIsAlreadyTomorrow() {
        // 20:00 EDT Friday = 00:00 UTC Saturday
        assertThat(TradeMapping.day(SampleRecords.fullTrade())).isEqualTo("2024-06-14");
        assertThat(QuoteMapping.day(SampleRecords.fullQuote())).isEqualTo("2024-06-14");
        assertThat(NewsMapping.day(SampleRecords.fullNews())).isEqualTo("2024-06-14");
    }

    @Test
    void barIdIsTickerTimeframeStartAndNullRvolStaysNull() {
        // Given
        Bar bar = SampleRecords.sparseBar();
        // When
        BsonDocument doc = BarMapping.toBson(bar);
        // Then
        assertThat(doc.getString("_id").getValue()).isEqualTo("NVDA:1m:" + bar.start);
        assertThat(doc.get("rvol")).isEqualTo(BsonNull.VALUE);
        assertThat(BarMapping.toAvro(bar).get("rvol")).isNull();
        assertThat(doc.getInt32("revision").getValue()).isZero();
    }

    @Test
    void barWithoutTradingDayIsPartitionedByTheEasternDayOfItsStart() {
        // The sparse bar is 19:59 EDT Friday
        assertThat(BarMapping.day(SampleRecords.sparseBar())).isEqualTo("2024-06-14");
        assertThat(BarMapping.day(SampleRecords.fullBar(0))).isEqualTo("2024-06-14");
    }

    @Test
    void haltIdIsHaltIdAndOpenHaltHasNullEndAndEmptyNews() {
        // Given an open halt without news
        Halt halt = SampleRecords.sparseHalt();
        // When
        BsonDocument doc = HaltMapping.toBson(halt);
        GenericRecord rec = HaltMapping.toAvro(halt);
        // Then
        assertThat(doc.getString("_id").getValue()).isEqualTo("GME:" + halt.startTs);
        assertThat(doc.get("end_ts")).isEqualTo(BsonNull.VALUE);
        assertThat(doc.getArray("news_ids")).isEmpty();
        assertThat(rec.get("end_ts")).isNull();
        assertThat(rec.get("news_ids")).isEqualTo(List.of());
        assertThat(HaltMapping.day(halt)).isEqualTo("2024-06-14");
    }

    @Test
    void resumedHaltCarriesItsNewsIdsAndDuration() {
        Halt halt = SampleRecords.fullHalt(1);
        BsonDocument doc = HaltMapping.toBson(halt);
        assertThat(doc.getArray("news_ids").get(0).asString().getValue()).isEqualTo("benzinga:123");
        assertThat(doc.getInt64("duration_ms").getValue()).isEqualTo(300_000L);
        assertThat(doc.getString("status").getValue()).isEqualTo("RESUMED");
    }

    @Test
    void newsIdIsTheVendorIdAndMissingListsAreEmpty() {
        News news = SampleRecords.sparseNews();
        assertThat(NewsMapping.toBson(news).getString("_id").getValue()).isEqualTo("benzinga:9");
        assertThat(NewsMapping.toAvro(news).get("channels")).isEqualTo(List.of());
        assertThat(NewsMapping.toAvro(news).get("teaser")).isNull();
        assertThat(NewsMapping.toAvro(SampleRecords.fullNews()).get("tickers")).isEqualTo(List.of("AAPL", "MSFT"));
    }

    @Test
    void nullElementsInsideAStringListAreDroppedInsteadOfFailingTheSink() {
        News news = SampleRecords.fullNews();
        news.tickers = new String[] {"AAPL", null, "MSFT"};
        assertThat(NewsMapping.toAvro(news).get("tickers")).isEqualTo(List.of("AAPL", "MSFT"));
    }

    @Test
    void tickerIdIsTheTickerAndUnreportedNumbersAreNull() {
        TickerDetails t = SampleRecords.sparseTicker();
        BsonDocument doc = TickerMapping.toBson(t);
        assertThat(doc.getString("_id").getValue()).isEqualTo("XYZW");
        assertThat(doc.get("market_cap")).isEqualTo(BsonNull.VALUE);
        assertThat(TickerMapping.toAvro(t).get("market_cap")).isNull();
        assertThat(TickerMapping.day(t)).isEqualTo("2024-06-14");
    }

    @Test
    void gapIdIsFeedAndStartAndRepairIsAHigherRevisionOfTheSameKey() {
        Gap open = SampleRecords.fullGap(0);
        Gap repaired = SampleRecords.fullGap(1);
        assertThat(GapMapping.toBson(open).getString("_id")).isEqualTo(GapMapping.toBson(repaired).getString("_id"));
        assertThat(GapMapping.toBson(open).getString("_id").getValue()).isEqualTo("ws:stocks:0:" + open.startTs);
        assertThat(GapMapping.toAvro(open).get("repaired_at")).isNull();
        assertThat(GapMapping.toAvro(repaired).get("repaired_at")).isEqualTo(1_718_372_000_000L);
        assertThat(GapMapping.toAvro(repaired).get("revision")).isEqualTo(1);
        assertThat(GapMapping.day(open)).isEqualTo(GapMapping.day(repaired)).isEqualTo("2024-06-14");
    }

    @Test
    void rejectIdIsOriginAndHashAndWithoutEventTimeItIsPartitionedByWhenItWasSeen() {
        Reject r = SampleRecords.sparseReject();
        assertThat(RejectMapping.toBson(r).getString("_id").getValue()).isEqualTo(r.id()).startsWith("ws:");
        // seen at 20:00 EDT Friday
        assertThat(RejectMapping.day(r)).isEqualTo("2024-06-14");
        assertThat(RejectMapping.day(SampleRecords.fullReject())).isEqualTo("2024-06-14");
    }
}
