package io.tapeflow.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code backfill} command (CONTRACT section 1). */
@Command(name = "backfill", mixinStandardHelpOptions = true, description = "backfill (being wired)")
public class BackfillCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new TapeflowException("'backfill' is not wired yet in this build");
    }
}
