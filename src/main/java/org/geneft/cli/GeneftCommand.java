package org.geneft.cli;

import org.geneft.aut.NativeLibraryUnavailableException;
import org.geneft.graph.io.GraphInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The geneft command line: parses, dispatches to a subcommand, maps failures to exit codes. */
@Command(name = "geneft", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks the claims of GenEFT (Baek, Liu, Tegmark 2025): statics, dynamics, symbolic derivations.",
        subcommands = {BoundsCommand.class, VerifyCommand.class, ProveCommand.class, ReponCommand.class,
                TrainCommand.class, SweepCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a checked claim was refuted", "2:bad input or usage",
                "3:a missing system dependency"})
public final class GeneftCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GeneftCommand());
        cl.setExitCodeExceptionMapper(GeneftCommand::exitCodeOf);
        cl.setExecutionExceptionHandler(GeneftCommand::handleExecutionException);
        cl.setParameterExceptionHandler(GeneftCommand::handleParameterException);
        return cl;
    }

    static int exitCodeOf(Throwable t) {
        if (t instanceof NativeLibraryUnavailableException) return ExitCode.MISSING_DEPENDENCY;
        if (t instanceof GraphInputException || t instanceof IllegalArgumentException
                || t instanceof CommandLine.ParameterException
                || t instanceof java.io.UncheckedIOException) return ExitCode.BAD_INPUT;
        return 70; // an internal error: a bug of geneft, reported with its stack trace
    }

    private static int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code = exitCodeOf(e);
        if (code == 70) {
            err.println("geneft: internal error (please report): " + e);
            e.printStackTrace(err);
        } else {
            err.println("geneft " + cl.getCommandName() + ": " + e.getMessage());
        }
        err.flush();
        return code;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("geneft " + cl.getCommandName() + ": " + e.getMessage());
        err.println("Try 'geneft " + (cl.getParent() == null ? "" : cl.getCommandName() + " ") + "--help'.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
