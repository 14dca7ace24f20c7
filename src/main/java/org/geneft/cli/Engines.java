package org.geneft.cli;

import org.geneft.aut.AutomorphismEngine;
import org.geneft.aut.BlissAutomorphisms;
import org.geneft.aut.BruteForceAutomorphisms;
import org.geneft.aut.LabelEncoding;
import org.geneft.aut.NautyAutomorphisms;
import org.geneft.aut.MemoryBudget;
import org.geneft.aut.NautyEngine;
import org.geneft.aut.ReducingAutomorphisms;

/** Maps the --engine word to an automorphism engine. */
final class Engines {
    /** The default --engine: the one that reduces the graph first. */
    static final String DEFAULT = "traces";

    private Engines() { }

    static AutomorphismEngine byName(String name, MemoryBudget budget) {
        return byName(name, budget, LabelEncoding.SPLIT);
    }

    static AutomorphismEngine byName(String name, MemoryBudget budget, LabelEncoding labels) {
        long stack = NautyAutomorphisms.DEFAULT_STACK_BYTES;
        return switch (name) {
            // Twins and components first: exact, and they shrink what Traces sees (docs/BENCHMARKS.md).
            case "traces" -> new ReducingAutomorphisms(new NautyAutomorphisms(NautyEngine.TRACES, stack, budget, labels));
            case "traces-unreduced" -> new NautyAutomorphisms(NautyEngine.TRACES, stack, budget, labels);
            // bliss in a child process on the same encoding: a second engine, stoppable by ending its process.
            case "bliss" -> new ReducingAutomorphisms(new BlissAutomorphisms(budget, labels));
            case "bliss-unreduced" -> new BlissAutomorphisms(budget, labels);
            case "nauty" -> new NautyAutomorphisms(NautyEngine.SPARSENAUTY, stack, budget);
            case "brute" -> new BruteForceAutomorphisms();
            default -> throw new IllegalArgumentException("--engine: unknown engine '" + name + "'; expected traces, traces-unreduced, bliss, bliss-unreduced, nauty or brute");
        };
    }
}
