package io.tapeflow.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code bench} command (CONTRACT section 1). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "bench (being wired)")
public class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new TapeflowException("'bench' is not wired yet in this build");
    }
}
