package org.geneft.symbolic;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.parser.client.ParserConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The one in-process Symja session: started once per process, case-sensitive syntax, silent. */
public final class Symja {

    private static Symja instance;

    private final ExprEvaluator evaluator;
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
        EvalEngine engine = new EvalEngine(false);
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

    /** The outcome of one evaluation: the value, and any messages Symja printed meanwhile. */
    public record Result(IExpr value, String messages) {
        public boolean clean() {
            return messages.isBlank();
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
            return new Result(value, messages.toString(StandardCharsets.UTF_8).trim());
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new SymjaException(m.replaceAll("\\s+", " ").trim(), e);
        }
    }

    /** The value of an input, as Symja's InputForm text. */
    public String text(String input) {
        return eval(input).value().toString();
    }

    /** The TeX form of an already evaluated expression (given as InputForm text). */
    public String tex(String inputForm) {
        return eval("TeXForm[" + inputForm + "]").value().toString().trim();
    }
}
