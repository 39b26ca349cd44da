package io.tapeflow.jobs.cli;

/**
 * A failure the user can fix (bad option, missing key, unreachable service): printed as one line, exit code 2, no
 * stack trace unless {@code --verbose}.
 */
public class TapeflowException extends RuntimeException {
    public TapeflowException(String message) {
        super(message);
    }

    public TapeflowException(String message, Throwable cause) {
        super(message, cause);
    }
}
