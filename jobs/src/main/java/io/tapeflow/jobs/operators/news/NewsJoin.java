package io.tapeflow.jobs.operators.news;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.halt.HaltState;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import java.util.Arrays;

/**
 * The event-time news join of HALTS.md section 3: a halt carries the ids of the ticker's news published from
 * {@code newsBeforeMs} before its start to {@code newsAfterMs} after it. Ids are kept sorted, so the record does not
 * depend on the order news arrived in.
 */
public final class NewsJoin {
    private static final long MS = 1_000_000L;

    private NewsJoin() {}

    /** True when news published at {@code publishedMs} belongs to a halt starting at {@code startTs} (ns). */
    public static boolean inWindow(long startTs, long publishedMs, SemanticsOptions o) {
        long startMs = Math.floorDiv(startTs, MS);
        return publishedMs >= startMs - o.newsBeforeMs && publishedMs <= startMs + o.newsAfterMs;
    }

    /** Adds an id to a halt; false when it was already there. */
    public static boolean add(Halt h, String id) {
        if (Arrays.binarySearch(h.newsIds, id) >= 0) return false;
        String[] n = Arrays.copyOf(h.newsIds, h.newsIds.length + 1);
        n[h.newsIds.length] = id;
        Arrays.sort(n);
        h.newsIds = n;
        return true;
    }

    /** Attaches the remembered news in the window to a halt that is starting. */
    public static void attach(HaltState s, Halt h, SemanticsOptions o) {
        for (int i = 0; i < s.newsIds.length; i++) {
            if (inWindow(h.startTs, s.newsPublishedMs[i], o)) add(h, s.newsIds[i]);
        }
    }

    /**
     * Remembers a news item for halts that may start later; forgets items too old to join any halt starting at or
     * after this one's time, so the store stays small.
     */
    public static void remember(HaltState s, String id, long publishedMs, SemanticsOptions o) {
        for (String known : s.newsIds) if (known.equals(id)) return;
        long newest = publishedMs;
        for (long p : s.newsPublishedMs) newest = Math.max(newest, p);
        long keepFrom = newest - o.newsBeforeMs - o.newsAfterMs;
        int n = 0;
        String[] ids = new String[s.newsIds.length + 1];
        long[] pub = new long[s.newsIds.length + 1];
        for (int i = 0; i < s.newsIds.length; i++) {
            if (s.newsPublishedMs[i] >= keepFrom) {
                ids[n] = s.newsIds[i];
                pub[n++] = s.newsPublishedMs[i];
            }
        }
        ids[n] = id;
        pub[n++] = publishedMs;
        s.newsIds = Arrays.copyOf(ids, n);
        s.newsPublishedMs = Arrays.copyOf(pub, n);
    }
}
