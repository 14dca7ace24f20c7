package org.geneft.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the report's numbers were produced, for its reproducibility section and verdicts.json.
 *
 * @param command  the command line as typed (geneft verify ...)
 * @param budget   smoke, quick or paper
 * @param seed     the seed of every random choice
 * @param n        size of the paper's relations in the static checks
 * @param started  start time (ISO-8601, UTC)
 * @param sizes    what the budget set, in words (e.g. "Monte Carlo training sets per fraction" -> "4")
 * @param versions software versions, with where each came from
 * @param machine  cores, memory, operating system, load
 * @param stages   wall time of each stage, in order
 * @param protocols what each verdict rests on, by protocol name ("fig6", "static", "repon", ...): its fields
 */
public record RunInfo(String command, String budget, long seed, int n, String started, Map<String, String> sizes,
                      Map<String, String> versions, Map<String, String> machine, List<Stage> stages,
                      Map<String, Map<String, Object>> protocols) {

    /** One stage of the run and its wall time. */
    public record Stage(String name, double seconds) {
        public Stage {
            Objects.requireNonNull(name);
            if (!(seconds >= 0)) throw new IllegalArgumentException("stage time must be >= 0, got " + seconds);
        }
    }

    public RunInfo {
        Objects.requireNonNull(command);
        Objects.requireNonNull(budget);
        Objects.requireNonNull(started);
        sizes = Map.copyOf(sizes);
        versions = Map.copyOf(versions);
        machine = Map.copyOf(machine);
        stages = List.copyOf(stages);
        // Kept in the order given (figures in order), each protocol's fields too.
        protocols = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(protocols));
    }
}
