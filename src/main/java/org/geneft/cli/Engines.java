package org.geneft.cli;

import org.geneft.aut.AutomorphismEngine;
import org.geneft.aut.BruteForceAutomorphisms;
import org.geneft.aut.NautyAutomorphisms;
import org.geneft.aut.NautyEngine;

/** Maps the --engine word to an automorphism engine. */
final class Engines {
    private Engines() { }

    static AutomorphismEngine byName(String name) {
        return switch (name) {
            case "traces" -> new NautyAutomorphisms(NautyEngine.TRACES);
            case "nauty" -> new NautyAutomorphisms(NautyEngine.SPARSENAUTY);
            case "brute" -> new BruteForceAutomorphisms();
            default -> throw new IllegalArgumentException("--engine: unknown engine '" + name + "'; expected traces, nauty or brute");
        };
    }
}
