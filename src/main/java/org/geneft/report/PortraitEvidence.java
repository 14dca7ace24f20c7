package org.geneft.report;

import org.geneft.dynamics.PhasePortrait;

import java.util.Objects;

/**
 * Figure 4's data with the learning rates and extent it was computed at.
 *
 * @param etaA     decoder learning rate η_A
 * @param etaX     representation learning rate η_x
 * @param extent   the grid covers [-extent, extent]²
 * @param portrait grid outcomes, trajectories, separatrix
 */
public record PortraitEvidence(double etaA, double etaX, double extent, PhasePortrait portrait) {
    public PortraitEvidence {
        Objects.requireNonNull(portrait);
        if (!(etaA > 0) || !(etaX > 0) || !(extent > 0)) throw new IllegalArgumentException("η and extent must be > 0");
    }
}
