package org.geneft.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * The main job: checks the paper's claims. Until the report issue lands it runs the static checks
 * that exist (the bounds of the paper's relations) and says what is not built yet.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the paper's claims (currently: the static bounds of the paper's relations).")
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--budget", defaultValue = "quick", description = "smoke | quick | paper (default: ${DEFAULT-VALUE})")
    String budget;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("verify is not built yet");
    }
}
