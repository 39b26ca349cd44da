package io.tapeflow.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code simulate} command (CONTRACT section 1). */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "simulate (being wired)")
public class SimulateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new TapeflowException("'simulate' is not wired yet in this build");
    }
}
