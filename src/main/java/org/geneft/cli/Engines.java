package org.geneft.cli;

import org.geneft.aut.AutomorphismEngine;
import org.geneft.aut.ChildProcessAutomorphisms;
import org.geneft.aut.BruteForceAutomorphisms;
import org.geneft.aut.LabelEncoding;
import org.geneft.aut.NautyAutomorphisms;
import org.geneft.aut.MemoryBudget;
import org.geneft.aut.NautyEngine;
import org.geneft.aut.PortfolioAutomorphisms;
import org.geneft.aut.ReducingAutomorphisms;

/** Maps the --engine word to an automorphism engine. */
final class Engines {
    /** The default --engine: the exact reductions, then Traces, or on a large remainder Traces and bliss raced. */
    static final String DEFAULT = "portfolio";

    private Engines() { }

    static AutomorphismEngine byName(String name, MemoryBudget budget) {
        return byName(name, budget, LabelEncoding.SPLIT);
    }

    static AutomorphismEngine byName(String name, MemoryBudget budget, LabelEncoding labels) {
        long stack = NautyAutomorphisms.DEFAULT_STACK_BYTES;
        return switch (name) {
            // Twins and components first: exact, and they shrink what Traces sees (docs/BENCHMARKS.md).
            case "portfolio" -> new ReducingAutomorphisms(new PortfolioAutomorphisms(budget, labels));
            case "traces" -> new ReducingAutomorphisms(new NautyAutomorphisms(NautyEngine.TRACES, stack, budget, labels));
            case "traces-unreduced" -> new NautyAutomorphisms(NautyEngine.TRACES, stack, budget, labels);
            // bliss in a child process on the same encoding: a second engine, stoppable by ending its process.
            case "bliss" -> new ReducingAutomorphisms(new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.BLISS,
                    budget, labels));
            case "bliss-unreduced" -> new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.BLISS, budget, labels);
            case "nauty" -> new NautyAutomorphisms(NautyEngine.SPARSENAUTY, stack, budget);
            case "brute" -> new BruteForceAutomorphisms();
            default -> throw new IllegalArgumentException("--engine: unknown engine '" + name + "'; expected portfolio, traces, traces-unreduced, bliss, bliss-unreduced, nauty or brute");
        };
    }
}
