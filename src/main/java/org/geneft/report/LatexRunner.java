package org.geneft.report;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Compiles a .tex file with pdflatex: no shell escape, non-stop, halting at the first error, rerun
 * until the cross-references (longtable widths, \ref) settle. On failure the .tex and the .log stay
 * and the first {@code !} error is reported with its line.
 */
public final class LatexRunner {
    /** longtable needs up to three passes to settle its column widths; hyperref's \ref two. */
    private static final int MAX_PASSES = 4;

    private final Path pdflatex;
    private final long timeoutSeconds;

    private LatexRunner(Path pdflatex, long timeoutSeconds) {
        this.pdflatex = pdflatex;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** pdflatex from the PATH, or empty when it is not installed. */
    public static Optional<LatexRunner> find(long timeoutSeconds) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "pdflatex");
            if (Files.isExecutable(p)) return Optional.of(new LatexRunner(p, timeoutSeconds));
        }
        return Optional.empty();
    }

    /** The outcome of a compilation. */
    public record Outcome(boolean ok, Path pdf, Path log, int passes, String error, double seconds) {
    }

    /** The engine's first line of --version, for the reproducibility section. */
    public String version() {
        try {
            Process p = new ProcessBuilder(pdflatex.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return out.lines().findFirst().orElse("pdflatex (version unknown)");
        } catch (IOException e) {
            return "pdflatex (version unknown: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "pdflatex (version unknown)";
        }
    }

    public Outcome compile(Path tex) {
        Path dir = tex.toAbsolutePath().getParent();
        String stem = tex.getFileName().toString().replaceFirst("\\.tex$", "");
        Path log = dir.resolve(stem + ".log");
        Path pdf = dir.resolve(stem + ".pdf");
        long start = System.nanoTime();
        int pass = 0;
        try {
            while (pass < MAX_PASSES) {
                pass++;
                Process p = new ProcessBuilder(List.of(pdflatex.toString(), "-no-shell-escape", "-interaction=nonstopmode",
                        "-halt-on-error", tex.getFileName().toString()))
                        .directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    return new Outcome(false, null, log, pass, "pdflatex did not finish within " + timeoutSeconds
                            + " s (pass " + pass + ")", seconds(start));
                }
                String text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
                if (p.exitValue() != 0 || !Files.exists(pdf))
                    return new Outcome(false, null, log, pass, firstError(text, tex.getFileName().toString()), seconds(start));
                if (!needsRerun(text)) break;
            }
            return new Outcome(true, pdf, log, pass, "", seconds(start));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + pdflatex + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pdflatex", e);
        }
    }

    private static boolean needsRerun(String log) {
        // LaTeX's own "Rerun to get cross-references right", longtable's "Table widths have changed. Rerun
        // LaTeX." and rerunfilecheck's "(rerunfilecheck) Rerun to get outlines right"; not the package banner.
        return log.contains("Rerun to get") || log.contains("Table widths have changed. Rerun");
    }

    /** "report.tex:123: ! Undefined control sequence." from the log's first "!" line and the "l.123" after it. */
    static String firstError(String log, String file) {
        List<String> lines = log.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("!")) continue;
            String where = file;
            for (int j = i + 1; j < Math.min(lines.size(), i + 40); j++) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^l\\.(\\d+)").matcher(lines.get(j));
                if (m.find()) {
                    where = file + ":" + m.group(1);
                    break;
                }
            }
            return where + ": " + lines.get(i);
        }
        return file + ": pdflatex failed without a '!' error line (see the log)";
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
