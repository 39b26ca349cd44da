package io.tapeflow.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code record} command (CONTRACT section 1). */
@Command(name = "record", mixinStandardHelpOptions = true, description = "record (being wired)")
public class RecordCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new TapeflowException("'record' is not wired yet in this build");
    }
}
