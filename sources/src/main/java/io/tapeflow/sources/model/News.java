package io.tapeflow.sources.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A news item from Polygon {@code /v2/reference/news} or Benzinga {@code /benzinga/v2/news}; key {@link #id}, the
 * vendor's own id as CONTRACT section 2 says (Polygon's are long opaque strings, Benzinga's are integers, so the two
 * never collide in practice).
 */
public class News {
    public static final String POLYGON = "polygon";
    public static final String BENZINGA = "benzinga";

    public String id;
    /** {@link #POLYGON} or {@link #BENZINGA}. */
    public String source;
    /** Publication time, epoch ms (from RFC 3339 {@code published_utc} / {@code published}). */
    public long publishedUtc;
    public String title;
    public String teaser;
    public String url;
    public String[] tickers = new String[0];
    public String[] channels = new String[0];

    public News() {}

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof News)) return false;
        News n = (News) o;
        return publishedUtc == n.publishedUtc && Objects.equals(id, n.id) && Objects.equals(source, n.source)
                && Objects.equals(title, n.title) && Objects.equals(teaser, n.teaser) && Objects.equals(url, n.url)
                && Arrays.equals(tickers, n.tickers) && Arrays.equals(channels, n.channels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, source, publishedUtc);
    }

    @Override
    public String toString() {
        return "News{" + id + " " + publishedUtc + " " + Arrays.toString(tickers) + " " + title + "}";
    }
}
