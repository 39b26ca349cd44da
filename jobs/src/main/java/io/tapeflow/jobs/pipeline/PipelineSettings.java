package io.tapeflow.jobs.pipeline;

import io.tapeflow.jobs.semantics.SemanticsOptions;

/** What a run of the pipeline writes and how it judges the market; the operator graph itself does not vary by mode. */
public class PipelineSettings {
    /** Write the raw {@code trades}, {@code quotes} and {@code luld} archive (Parquet only). */
    public boolean archiveRaw = true;
    /** Halt and bar settings (tiers, windows, lateness). */
    public SemanticsOptions semantics = new SemanticsOptions();

    public PipelineSettings() {}
}
