package io.tapeflow.jobs.pipeline;

/** What a run of the pipeline writes; the operator graph itself does not vary by mode. */
public class PipelineSettings {
    /** Write the raw {@code trades}, {@code quotes} and {@code luld} archive (Parquet only). */
    public boolean archiveRaw = true;

    public PipelineSettings() {}
}
