package io.tapeflow.sources.polygon.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UpperChars;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Sharding of tickers over connections, and how it follows a changing ticker set. */
class TickerShardsTest {

    @Test
    void zeroTickersPerConnectionMeansOneConnectionForEverything() {
        TickerShards shards = TickerShards.initial("stocks", 0, List.of("A", "B", "C"));
        assertThat(shards.splitIds()).containsExactly("stocks:0");
        assertThat(shards.tickers("stocks:0")).containsExactly("A", "B", "C");
    }

    @Test
    void tickersAreShardedByTheConfiguredSize() {
        TickerShards shards = TickerShards.initial("stocks", 2, List.of("A", "B", "C", "D", "E"));
        assertThat(shards.splitIds()).containsExactly("stocks:0", "stocks:1", "stocks:2");
    }

    @Test
    void theWildcardNeverSharesAConnection() {
        TickerShards shards = TickerShards.initial("stocks", 0, List.of("AAPL", "*"));
        assertThat(shards.splitIds()).hasSize(2);
        assertThat(shards.splitIds()).allSatisfy(id -> assertThat(shards.tickers(id)).hasSize(1));
    }

    @Test
    void anUpdateReportsOnlyTheShardsItTouched() {
        // Given
        TickerShards shards = TickerShards.initial("stocks", 2, List.of("A", "B", "C", "D"));

        // When
        var changed = shards.update(List.of("A", "B", "C"));

        // Then
        assertThat(changed).containsExactly("stocks:1");
        assertThat(shards.tickers("stocks:0")).containsExactly("A", "B");
    }

    @Property(tries = 200)
    void everyWantedTickerIsOnExactlyOneShardWithinCapacity(
            @ForAll @IntRange(min = 0, max = 4) int perConnection,
            @ForAll @Size(max = 6) List<@Size(max = 12) Set<@UpperChars @StringLength(min = 1, max = 3) String>> steps) {
        // Given
        TickerShards shards = TickerShards.initial("stocks", perConnection, Set.of("AAPL"));

        for (Set<String> wanted : steps) {
            // When
            shards.update(wanted);

            // Then
            List<String> all = new ArrayList<>();
            for (String id : shards.splitIds()) {
                String[] tickers = shards.tickers(id);
                if (perConnection > 0) assertThat(tickers.length).isLessThanOrEqualTo(perConnection);
                all.addAll(List.of(tickers));
            }
            assertThat(all).doesNotHaveDuplicates();
            assertThat(new HashSet<>(all)).isEqualTo(wanted);
        }
    }
}
