package io.tapeflow.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code inspect} command (CONTRACT section 1). */
@Command(name = "inspect", mixinStandardHelpOptions = true, description = "inspect (being wired)")
public class InspectCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new TapeflowException("'inspect' is not wired yet in this build");
    }
}
