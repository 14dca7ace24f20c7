package org.geneft.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.geneft.dynamics.IntegrationSettings;
import org.geneft.dynamics.PhasePortrait;
import org.geneft.dynamics.ReducedReponSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** `geneft repon portrait`: Figure 4's phase portrait of Eq. 10 as CSV. */
@Command(name = "portrait", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Figure 4's data as one CSV with a kind column: grid (initial a2, c, outcome, C), trajectory "
                + "(id, t, a2, c) and separatrix (C = 0: c = +-a2 sqrt(eta_x/(2 eta_A))).",
                "Example:",
                "  geneft repon portrait --csv portrait.csv"})
final class ReponPortraitCommand implements Callable<Integer> {
    /** Created on first use: picocli instantiates every subcommand at start, and a CsvMapper costs ~0.5 s of class loading. */
    private static final class Csv {
        static final CsvMapper MAPPER = new CsvMapper();
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the CSV file to write")
    Path csv;

    @Option(names = "--eta-a", paramLabel = "ETA", defaultValue = "1e-3", description = "decoder learning rate eta_A (default: ${DEFAULT-VALUE})")
    double etaA;

    @Option(names = "--eta-x", paramLabel = "ETA", defaultValue = "1e-3", description = "representation learning rate eta_x (default: ${DEFAULT-VALUE})")
    double etaX;

    @Option(names = "--extent", paramLabel = "L", defaultValue = "2", description = "grid over [-L, L]^2 (default: ${DEFAULT-VALUE})")
    double extent;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "41", description = "N x N initial conditions (default: ${DEFAULT-VALUE})")
    int grid;

    @Option(names = "--trajectories", paramLabel = "M", defaultValue = "12", description = "sample trajectories (default: ${DEFAULT-VALUE})")
    int trajectories;

    @Option(names = "--points", paramLabel = "P", defaultValue = "60", description = "log-spaced times per trajectory (default: ${DEFAULT-VALUE})")
    int points;

    @Override
    public Integer call() {
        if (points < 1) throw new IllegalArgumentException("--points must be >= 1, got " + points);
        Path csvFile = AtomicFiles.target("--csv", csv);
        PhasePortrait p = PhasePortrait.compute(new ReducedReponSystem(etaA, etaX), extent, grid, trajectories, points,
                IntegrationSettings.DEFAULT);
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("kind").addColumn("id").addColumn("t")
                .addColumn("a2").addColumn("c").addColumn("outcome").addColumn("C").build();
        AtomicFiles.write(csvFile, w -> {
            try (SequenceWriter seq = Csv.MAPPER.writer(schema).writeValues(w)) {
                for (PhasePortrait.GridPoint g : p.grid())
                    seq.write(Arrays.asList("grid", "", 0, g.a2(), g.c(), g.outcome().words(), g.conserved()));
                for (PhasePortrait.TrajectoryPoint t : p.trajectories())
                    seq.write(Arrays.asList("trajectory", t.id(), t.t(), t.a2(), t.c(), "", ""));
                for (double[] s : p.separatrix())
                    seq.write(Arrays.asList("separatrix", "", "", s[0], s[1], "", 0));
            }
        });
        spec.commandLine().getOut().printf("wrote %s: %d grid points, %d trajectory points, %d separatrix points%n",
                csv, p.grid().size(), p.trajectories().size(), p.separatrix().size());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
