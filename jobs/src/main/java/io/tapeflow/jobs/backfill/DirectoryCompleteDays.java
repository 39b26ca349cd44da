package io.tapeflow.jobs.backfill;

import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Complete-day markers as files, for runs without MongoDB: {@code DIR/_backfill/<dataset>/dt=YYYY-MM-DD/_SUCCESS.<scope>}
 * beside a local Parquet directory (a Hadoop-style {@code _SUCCESS}, outside the dataset directories readers scan).
 */
public final class DirectoryCompleteDays implements CompleteDays {
    private final Path root;

    public DirectoryCompleteDays(Path parquetDir) {
        this.root = parquetDir.resolve("_backfill");
    }

    Path marker(FlatFileDataset dataset, LocalDate day, String scope) {
        String name = "_SUCCESS." + (ALL.equals(scope) ? "all" : scope);
        return root.resolve(dataset.cliName()).resolve("dt=" + day).resolve(name);
    }

    @Override
    public boolean isComplete(FlatFileDataset dataset, LocalDate day, String scope) {
        return Files.exists(marker(dataset, day, scope)) || Files.exists(marker(dataset, day, ALL));
    }

    @Override
    public void markComplete(Collection<PlannedFile> files, String scope) {
        try {
            for (PlannedFile f : files) {
                Path m = marker(f.dataset(), f.day(), scope);
                Files.createDirectories(m.getParent());
                Files.writeString(m, f.key() + " " + Instant.now() + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing backfill markers under " + root + " failed", e);
        }
    }
}
