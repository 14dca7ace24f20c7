package org.geneft.report;

import org.geneft.experiments.DataTable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Puts a built report on disk, whole or not at all: report.tex, data/*.csv, report.pdf when pdflatex is
 * present (its log kept, the auxiliary files removed) and verdicts.json, in a temporary sibling folder
 * that replaces the target only once complete. A failed LaTeX run leaves the .tex and the .log.
 */
public final class ReportWriter {

    /**
     * What was written.
     *
     * @param folder the report folder
     * @param latex  the compilation's outcome, empty when no pdflatex was used
     */
    public record Written(Path folder, Optional<LatexRunner.Outcome> latex) {
        /** The PDF (or the failure's log) at its final place, not in the temporary folder. */
        public Optional<Path> pdf() {
            return latex.filter(LatexRunner.Outcome::ok).map(o -> folder.resolve(o.pdf().getFileName()));
        }

        public Path log() {
            return folder.resolve("report.log");
        }
    }

    private ReportWriter() { }

    /**
     * @param verdicts verdicts.json's text, given the compilation's outcome (so it can record its time)
     */
    public static Written write(Path target, Report report, Optional<LatexRunner> latex,
            Function<Optional<LatexRunner.Outcome>, String> verdicts) {
        Optional<LatexRunner.Outcome> outcome = ReportFolder.write(target, dir -> {
            Path data = Files.createDirectory(dir.resolve("data"));
            for (DataTable t : report.tables()) CsvTables.write(data, t);
            Path tex = dir.resolve("report.tex");
            Files.writeString(tex, report.tex(), StandardCharsets.UTF_8);
            Optional<LatexRunner.Outcome> o = latex.map(l -> l.compile(tex));
            for (String aux : new String[] {"report.aux", "report.out", "report.toc"}) Files.deleteIfExists(dir.resolve(aux));
            Files.writeString(dir.resolve("verdicts.json"), verdicts.apply(o), StandardCharsets.UTF_8);
            return o;
        });
        return new Written(target.toAbsolutePath().normalize(), outcome);
    }
}
