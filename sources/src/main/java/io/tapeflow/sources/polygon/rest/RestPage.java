package io.tapeflow.sources.polygon.rest;

import io.tapeflow.sources.model.Reject;
import java.util.List;

/**
 * One page of a list endpoint: the decoded items, the items (or error bodies) that could not be used as rejects,
 * and the cursor of the next page ({@code next_url}'s path and query), null on the last page.
 */
public final class RestPage<T> {
    private final List<T> items;
    private final List<Reject> rejects;
    private final String nextCursor;

    public RestPage(List<T> items, List<Reject> rejects, String nextCursor) {
        this.items = List.copyOf(items);
        this.rejects = List.copyOf(rejects);
        this.nextCursor = nextCursor;
    }

    public List<T> items() {
        return items;
    }

    public List<Reject> rejects() {
        return rejects;
    }

    /** Path and query of the next page, to pass back to the same call; null when this was the last page. */
    public String nextCursor() {
        return nextCursor;
    }
}
