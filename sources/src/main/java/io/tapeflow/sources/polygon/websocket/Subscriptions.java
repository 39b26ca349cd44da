package io.tapeflow.sources.polygon.websocket;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A shard's ticker set and the {@code subscribe}/{@code unsubscribe} messages (channel x ticker) it implies. */
final class Subscriptions {
    /** Keeps each control message well under the server's 1 MB frame limit. */
    private static final int PARAMS_PER_MESSAGE = 500;

    private final List<String> channels;
    private TreeSet<String> tickers;

    Subscriptions(List<String> channels, TreeSet<String> tickers) {
        this.channels = channels;
        this.tickers = tickers;
    }

    Set<String> tickers() {
        return Collections.unmodifiableSet(tickers);
    }

    List<String> fullSubscribeMessages() {
        return messages("subscribe", tickers);
    }

    Delta replace(TreeSet<String> newTickers) {
        TreeSet<String> added = new TreeSet<>(newTickers);
        added.removeAll(tickers);
        TreeSet<String> removed = new TreeSet<>(tickers);
        removed.removeAll(newTickers);
        tickers = newTickers;
        return new Delta(added, removed);
    }

    private List<String> messages(String action, Set<String> forTickers) {
        List<String> params = new ArrayList<>();
        for (String ticker : forTickers) {
            for (String channel : channels) params.add(channel + "." + ticker);
        }
        List<String> messages = new ArrayList<>();
        for (int from = 0; from < params.size(); from += PARAMS_PER_MESSAGE) {
            List<String> chunk = params.subList(from, Math.min(params.size(), from + PARAMS_PER_MESSAGE));
            messages.add("{\"action\":\"" + action + "\",\"params\":\"" + String.join(",", chunk) + "\"}");
        }
        return messages;
    }

    /** What changed between two ticker sets. */
    final class Delta {
        private final Set<String> added;
        private final Set<String> removed;

        Delta(Set<String> added, Set<String> removed) {
            this.added = added;
            this.removed = removed;
        }

        int added() {
            return added.size();
        }

        int removed() {
            return removed.size();
        }

        List<String> subscribeMessages() {
            return messages("subscribe", added);
        }

        List<String> unsubscribeMessages() {
            return messages("unsubscribe", removed);
        }
    }
}
