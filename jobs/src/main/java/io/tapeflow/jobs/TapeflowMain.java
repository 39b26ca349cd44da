package io.tapeflow.jobs;

/** Entry point of the shaded jar: {@code flink run tapeflow.jar <command> ...} and the {@code ./tapeflow} launcher. */
public final class TapeflowMain {
    private TapeflowMain() {}

    public static void main(String[] args) {
        System.err.println("tapeflow: the command line is not wired yet");
        System.exit(2);
    }
}
