package org.geneft.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The text of a PDF, by poppler's pdftotext (what a reader would copy), for tests. */
public final class PdfText {
    private PdfText() { }

    /**
     * Skips the calling test when pdflatex is absent. CI installs it through the launcher (./geneft test),
     * so there the tests that compile the report always run.
     */
    public static void assumeLatex() {
        assumeTrue(LatexRunner.find(60).isPresent(), "pdflatex is not installed (./geneft installs it on Debian)");
    }

    public static String of(Path pdf) throws IOException, InterruptedException {
        Path txt = Files.createTempFile("report", ".txt");
        try {
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0)
                throw new IllegalStateException("pdftotext failed on " + pdf + ": " + out);
            // pdftotext breaks lines where the PDF does: join them so phrases can be searched whole.
            return Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(txt);
        }
    }
}
