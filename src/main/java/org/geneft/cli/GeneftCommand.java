package org.geneft.cli;

import org.geneft.aut.NativeLibraryUnavailableException;
import org.geneft.graph.io.GraphInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The geneft command line: parses, dispatches to a subcommand, maps failures to exit codes. */
@Command(name = "geneft", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks the claims of GenEFT (Baek, Liu, Tegmark 2025): statics, dynamics, symbolic derivations.",
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

    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();
    static {
        SUBCOMMANDS.put("bounds", BoundsCommand::new);
        SUBCOMMANDS.put("verify", VerifyCommand::new);
        SUBCOMMANDS.put("prove", ProveCommand::new);
        SUBCOMMANDS.put("repon", ReponCommand::new);
        SUBCOMMANDS.put("train", TrainCommand::new);
        SUBCOMMANDS.put("sweep", SweepCommand::new);
        SUBCOMMANDS.put("diff", DiffCommand::new);
        SUBCOMMANDS.put("grokking", GrokkingCommand::new);
    }

    public static void main(String[] args) {
        if (args.length > 1 && args[0].equals("bounds")) {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            GraphPrefetch.start(rest);
            Warmup.start(rest.contains("--json"));
        }
        System.exit(execute(args));
    }

    /**
     * Runs the command line; what still runs out of memory after the options' own checks is a limit (exit 2, a
     * message saying how to raise the heap), never a stack trace with exit 1.
     */
    static int execute(String[] args) {
        try {
            return commandLine(args).execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(e);
        }
    }

    static int outOfMemory(OutOfMemoryError e) {
        System.err.printf(java.util.Locale.ROOT, "geneft: out of memory (the Java heap is %.1f GB): the input or the sizes "
                + "asked for need more; ask for less, or raise the heap with GENEFT_JAVA_OPTS=-Xmx<size> (%s)%n",
                Runtime.getRuntime().maxMemory() / (double) (1L << 30), e.getMessage());
        return ExitCode.BAD_INPUT;
    }

    /** The configured command line with every subcommand, also used by tests. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments: with only the subcommand they name, when they name one, since picocli's
     * model of all six costs about 0.1 s at every start (a tenth of a {@code bounds} run on WordNet); with all of
     * them otherwise, for help and for picocli's message on an unknown name.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new GeneftCommand());
        boolean named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]);
        SUBCOMMANDS.forEach((name, command) -> {
            if (!named || name.equals(args[0])) cl.addSubcommand(name, command.get());
        });
        cl.setExitCodeExceptionMapper(GeneftCommand::exitCodeOf);
        cl.setExecutionExceptionHandler(GeneftCommand::handleExecutionException);
        cl.setParameterExceptionHandler(GeneftCommand::handleParameterException);
        return cl;
    }

    static int exitCodeOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) if (c instanceof OutOfMemoryError) return ExitCode.BAD_INPUT;
        if (t instanceof NativeLibraryUnavailableException || t instanceof org.geneft.cluster.SlurmUnavailableException)
            return ExitCode.MISSING_DEPENDENCY;
        if (t instanceof org.geneft.aut.WrongAnswerException) return ExitCode.WRONG_ANSWER;
        if (t instanceof GraphInputException || t instanceof IllegalArgumentException
                || t instanceof CommandLine.ParameterException
                || t instanceof java.io.UncheckedIOException) return ExitCode.BAD_INPUT;
        return 70; // an internal error: a bug of geneft, reported with its stack trace
    }

    private static int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code = exitCodeOf(e);
        for (Throwable c = e; c != null; c = c.getCause())
            if (c instanceof OutOfMemoryError oom) return outOfMemory(oom);
        if (code == 70) {
            err.println("geneft: internal error (please report): " + e);
            e.printStackTrace(err);
        } else {
            err.println(cl.getCommandSpec().qualifiedName(" ") + ": " + e.getMessage());
        }
        err.flush();
        return code;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        // The whole command's name ("geneft repon integrate"), so that the message and the hint can be typed as they are.
        String name = cl.getCommandSpec().qualifiedName(" ");
        err.println(name + ": " + e.getMessage());
        err.println("Try '" + name + " --help'.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
