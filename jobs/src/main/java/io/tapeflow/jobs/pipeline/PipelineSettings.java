package io.tapeflow.jobs.pipeline;

import io.tapeflow.jobs.enrich.EnrichmentOptions;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;

/** What a run of the pipeline writes and how it judges the market; the operator graph itself does not vary by mode. */
public class PipelineSettings {
    /** Write the raw {@code trades}, {@code quotes} and {@code luld} archive (Parquet only). */
    public boolean archiveRaw = true;
    /** Halt and bar settings (tiers, windows, lateness). */
    public SemanticsOptions semantics = new SemanticsOptions();
    /**
     * REST access for gap repair and ticker details, or null (the enrichment operators stay in the graph and pass
     * gaps through unrepaired, so the graph and its uids do not depend on it).
     */
    public PolygonRestClientFactory rest;
    /** Limits of the REST enrichment. */
    public EnrichmentOptions enrichment = new EnrichmentOptions();

    public PipelineSettings() {}
}
