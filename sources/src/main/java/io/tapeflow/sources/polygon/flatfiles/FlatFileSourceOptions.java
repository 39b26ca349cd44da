package io.tapeflow.sources.polygon.flatfiles;

import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import io.tapeflow.sources.polygon.flatfiles.store.LocalFlatFileStore;
import io.tapeflow.sources.polygon.flatfiles.store.S3FlatFileStore;
import java.nio.file.Paths;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;

/**
 * Configuration keys of the flat-file backfill ({@code --flatfiles-dir}, {@code --s3-endpoint}, {@code --bucket});
 * the S3 key pair comes from the environment only.
 */
public final class FlatFileSourceOptions {
    private FlatFileSourceOptions() {}

    public static final ConfigOption<String> DIRECTORY = ConfigOptions.key("polygon.flatfiles.dir").stringType()
            .noDefaultValue().withDescription("A local directory holding the bucket's key layout; wins over S3 when set.");
    public static final ConfigOption<String> S3_ENDPOINT = ConfigOptions.key("polygon.s3.endpoint").stringType()
            .defaultValue(S3FlatFileStore.DEFAULT_ENDPOINT).withDescription("S3 endpoint of the flat files (path-style).");
    public static final ConfigOption<String> S3_BUCKET = ConfigOptions.key("polygon.s3.bucket").stringType()
            .defaultValue(S3FlatFileStore.DEFAULT_BUCKET).withDescription("Bucket of the flat files.");

    /** The directory store when {@link #DIRECTORY} is set (checked to exist), else S3 with environment credentials. */
    public static FlatFileStore store(Configuration conf) {
        return conf.getOptional(DIRECTORY)
                .<FlatFileStore>map(dir -> LocalFlatFileStore.checked(Paths.get(dir)))
                .orElseGet(() -> S3FlatFileStore.polygon(conf.get(S3_ENDPOINT), conf.get(S3_BUCKET)));
    }
}
