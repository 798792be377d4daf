package io.compliancescorecard.cli.error;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What an error means to a user: its one-line description and its exit code. */
public final class ApiErrors {

    private ApiErrors() {
    }

    static int exitCode(Throwable failure) {
        if (failure instanceof CliException) {
            return ((CliException) failure).exitCode();
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            return ExitCodes.SERVER;
        }
        return ExitCodes.ERROR;
    }

    static String describe(Throwable failure) {
        if (failure instanceof CliException) {
            return failure.getMessage();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
