package org.geneft.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Information-theoretic bounds (Sec. III) for a named relation or a graph file. */
@Command(name = "bounds", mixinStandardHelpOptions = true,
        description = "Description length, critical training fraction and accuracy bounds of a relation or graph.")
final class BoundsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bounds: in progress");
    }
}
