package io.tapeflow.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code live} command (CONTRACT section 1). */
@Command(name = "live", mixinStandardHelpOptions = true, description = "live (being wired)")
public class LiveCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new TapeflowException("'live' is not wired yet in this build");
    }
}
