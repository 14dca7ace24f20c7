package org.geneft.symbolic;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.parser.client.ParserConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The one in-process Symja session: started once per process, case-sensitive syntax, silent. */
public final class Symja {

    private static Symja instance;

    private final EvalEngine engine;
    private final ExprEvaluator evaluator;
    // Stops an evaluation that overruns its budget by raising Symja's own stop flag. Symja's
    // TimeConstrained does the same job but made every derivation three to four times slower.
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "symja-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();

    private Symja() {
        // Symja logs through log4j-api without an implementation: without these properties the
        // StatusLogger prints a warning on every start. They must be set before its classes load.
        System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        // Mathematica's case-sensitive names (Simplify, not simplify), so that C and c, A and a differ.
        ParserConfig.PARSER_USE_LOWERCASE_SYMBOLS = false;
        engine = new EvalEngine(false);
        // Symja prints its evaluation messages (e.g. "Power: Infinite expression 1/0") on the engine's
        // streams; collect them so that they become part of a verdict's evidence, never stdout.
        PrintStream sink = new PrintStream(messages, true, StandardCharsets.UTF_8);
        engine.setOutPrintStream(sink);
        engine.setErrorPrintStream(sink);
        evaluator = new ExprEvaluator(engine, true, (short) 0);
    }

    /** The session, started on first use (about two seconds, once per process). */
    public static synchronized Symja session() {
        if (instance == null) instance = new Symja();
        return instance;
    }

    /**
     * The outcome of one evaluation: the value (null when it ran out of time), and any messages
     * Symja printed meanwhile.
     */
    public record Result(IExpr value, String messages, boolean timedOut) {
        public boolean clean() {
            return messages.isBlank();
        }
    }

    /**
     * Evaluates one input, stopping it after the given number of seconds.
     *
     * @throws SymjaException when the input does not parse or the evaluation fails for another reason
     */
    public synchronized Result eval(String input, int seconds) {
        AtomicBoolean stopped = new AtomicBoolean();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            stopped.set(true);
            engine.stopRequest();
        }, seconds, TimeUnit.SECONDS);
        try {
            return eval(input);
        } catch (SymjaException e) {
            if (stopped.get()) return new Result(null, "", true);
            throw e;
        } finally {
            alarm.cancel(false);
            engine.setStopRequested(false);
        }
    }

    /**
     * Evaluates one input in Mathematica syntax.
     *
     * @throws SymjaException when the input does not parse or the evaluation throws
     */
    public synchronized Result eval(String input) {
        messages.reset();
        try {
            IExpr value = evaluator.eval(input);
            return new Result(value, messages.toString(StandardCharsets.UTF_8).trim(), false);
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new SymjaException(m.replaceAll("\\s+", " ").trim(), e);
        }
    }

    /** The value of an input, as Symja's InputForm text. */
    public String text(String input) {
        return eval(input).value().toString();
    }

    /**
     * The TeX form of an evaluated value, repaired to compile ({@link TexForm}). It takes the value itself:
     * re-parsing its text would read a printed 6.7E-4 as 6.7·e − 4.
     */
    public synchronized String tex(IExpr value) {
        messages.reset();
        try {
            return TexForm.afterTeX(evaluator.eval(F.TeXForm(TexForm.beforeTeX(value))).toString().trim());
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new SymjaException(m.replaceAll("\\s+", " ").trim(), e);
        }
    }
}
