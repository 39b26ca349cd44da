package io.tapeflow.jobs.cli;

import io.tapeflow.jobs.backfill.BackfillSpec;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import io.tapeflow.sources.polygon.flatfiles.store.LocalFlatFileStore;
import io.tapeflow.sources.polygon.flatfiles.store.S3FlatFileStore;
import io.tapeflow.sources.polygon.rest.ApiKeySupplier;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.RestClientConfig;
import java.nio.file.Path;
import java.util.Arrays;

/** Turns backfill (and catch-up) options into specs, failing fast with one line per misconfiguration. */
final class BackfillSpecs {
    private BackfillSpecs() {}

    static BackfillSpec fromOptions(BackfillCommand o) {
        BackfillSpec spec = new BackfillSpec();
        if (o.to.isBefore(o.from)) {
            throw new TapeflowException("--to " + o.to + " is before --from " + o.from);
        }
        spec.from = o.from;
        spec.to = o.to;
        spec.tickers = o.tickers;
        spec.news = o.news;
        if (o.tier1 != null) spec.pipeline.semantics.tier1Tickers = o.tier1;
        spec.pipeline.archiveRaw = !o.noRawArchive;
        switch (o.source) {
            case "flatfiles":
                if (o.location == null) {
                    throw new TapeflowException("flat files need --flatfiles-dir DIR or --s3-endpoint URL [--bucket NAME]");
                }
                spec.input = BackfillSpec.Input.FLATFILES;
                spec.store = o.location.dir != null ? directory(o.location.dir)
                        : s3(o.location.s3.endpoint, o.location.s3.bucket);
                spec.datasets = BackfillCommand.parseDatasets(o.datasets);
                break;
            case "rest":
                if (o.location != null) {
                    throw new TapeflowException("--source rest reads the REST API; drop --flatfiles-dir/--s3-endpoint");
                }
                if (Arrays.asList(o.tickers).contains("*")) {
                    throw new TapeflowException("--source rest needs --tickers A,B,... (REST has no all-tickers range call)");
                }
                if (o.skipComplete) {
                    throw new TapeflowException("--skip-complete works with flat files only");
                }
                spec.input = BackfillSpec.Input.REST;
                break;
            default:
                throw new TapeflowException("--source must be flatfiles or rest, got '" + o.source + "'");
        }
        if (spec.input == BackfillSpec.Input.REST || o.news) {
            spec.rest = rest(o.restUrl);
        }
        return spec;
    }

    static FlatFileStore directory(Path dir) {
        try {
            return LocalFlatFileStore.checked(dir);
        } catch (IllegalArgumentException e) {
            throw new TapeflowException(e.getMessage());
        }
    }

    static FlatFileStore s3(String endpoint, String bucket) {
        try {
            return S3FlatFileStore.polygon(endpoint, bucket).verifyCredentialsPresent();
        } catch (RuntimeException e) {
            // the message names the missing variable, never a value
            throw new TapeflowException(e.getMessage());
        }
    }

    /** REST clients; the key stays in the environment (resolved on the TaskManagers) unless it is the simulator's. */
    static PolygonRestClientFactory rest(String restUrl) {
        ApiKeys.forUrl(restUrl); // fails fast without a key for a real host
        ApiKeySupplier keys = System.getenv(ApiKeys.ENV) == null ? ApiKeySupplier.ofStatic(ApiKeys.SIMULATOR_KEY)
                : ApiKeySupplier.fromEnvironment();
        return PolygonRestClientFactory.okHttp(RestClientConfig.builder().baseUrl(restUrl).build(), keys);
    }
}
