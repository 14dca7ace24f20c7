package org.geneft.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Repon dynamics (Sec. IV): integrate Eq. 10, 8 and 7, Theorem 3's collision probability, Figure 4's portrait. */
@Command(name = "repon", mixinStandardHelpOptions = true,
        description = "Interacting repon theory (Sec. IV, Appendix C) integrated numerically with Hipparchus.",
        subcommands = {ReponIntegrateCommand.class, ReponProbabilityCommand.class, ReponPortraitCommand.class})
final class ReponCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
