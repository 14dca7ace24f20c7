package org.geneft.symbolic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Test helper: compiles a LaTeX document with pdflatex, as a reader of {@code geneft prove --tex} would. */
final class PdfLatex {

    /** Outcome of one compilation: pdflatex's exit code and its log. */
    record Run(int exitCode, String log, Path pdf) { }

    private PdfLatex() { }

    /** Skips the calling test when pdflatex is not installed (CI installs it through the launcher). */
    static void assumeInstalled() {
        assumeTrue(onPath("pdflatex"), "pdflatex is not installed");
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        return false;
    }

    /** Writes {@code doc.tex} into dir and runs pdflatex on it once, stopping at the first error. */
    static Run compile(Path dir, String tex) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("doc.tex"), tex, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(List.of("pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                "-no-shell-escape", "doc.tex")).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        // A minute covers a cold font cache on a loaded machine; a hung pdflatex must not hang the suite.
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("pdflatex did not finish within 120 s");
        }
        Path log = dir.resolve("doc.log");
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1)
                : Files.readString(dir.resolve("stdout.txt"), StandardCharsets.ISO_8859_1);
        return new Run(p.exitValue(), text, dir.resolve("doc.pdf"));
    }

    /** The PDF's text by pdftotext, or null when poppler-utils is absent. */
    static String text(Path pdf) throws IOException, InterruptedException {
        if (!onPath("pdftotext")) return null;
        Path out = pdf.resolveSibling("doc.txt");
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), out.toString())
                .redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** The first error pdflatex reported (lines starting with '!'), for assertion messages. */
    static String firstError(String log) {
        int i = log.indexOf("\n!");
        return i < 0 ? "(no error line)" : log.substring(i, Math.min(log.length(), i + 600));
    }
}
