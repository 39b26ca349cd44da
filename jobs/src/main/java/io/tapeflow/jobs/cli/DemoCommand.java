package io.tapeflow.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code demo} command (CONTRACT section 1). */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "demo (being wired)")
public class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new TapeflowException("'demo' is not wired yet in this build");
    }
}
