package org.geneft.grokking;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Fig. 17's reading: the permutation matrices' flat spectrum, and the hexagon test on drawn point sets. */
class S3PictureTest {

    /** Six points at the given angles (degrees) and radii. */
    private static double[][] points(double[] degrees, double[] radii) {
        double[][] out = new double[degrees.length][];
        for (int i = 0; i < degrees.length; i++)
            out[i] = new double[] {radii[i] * Math.cos(Math.toRadians(degrees[i])), radii[i] * Math.sin(Math.toRadians(degrees[i]))};
        return out;
    }

    private static final double[] ONES = {1, 1, 1, 1, 1, 1};

    @Test
    void thePermutationMatricesHaveFourEqualVariances() {
        // Independently of the PCA: the centred permutation matrices span the 4-dimensional space of 3 x 3 matrices
        // with zero row and column sums, on which S3 x S3 (left and right multiplication) acts irreducibly, as the
        // standard representation's tensor square. Their covariance commutes with that action (it permutes the six
        // matrices), so by Schur's lemma it is a multiple of the identity there: four ratios of 1/4.
        double[] r = new S3Picture(S3Picture.permutationMatrices()).ratios();
        for (int k = 0; k < 4; k++) assertThat(r[k]).isCloseTo(0.25, within(1e-12)); // eigen-solver rounding only
        for (int k = 4; k < r.length; k++) assertThat(r[k]).isCloseTo(0, within(1e-12));
        assertThat(new S3Picture(S3Picture.permutationMatrices()).separated()).isFalse();
    }

    @Test
    void aRegularHexagonIsAHexagonWhereverItSits() {
        assertThat(S3Picture.hexagon(points(new double[] {0, 60, 120, 180, 240, 300}, ONES))).isTrue();
        // Shifted, turned, listed in any order, unequal radii: still convex with gaps of 40-80 degrees.
        double[][] p = points(new double[] {250, 10, 130, 75, 190, 310}, new double[] {1, 1.3, 0.8, 1.1, 0.9, 1.2});
        for (double[] q : p) {
            q[0] += 5;
            q[1] -= 3;
        }
        assertThat(S3Picture.hexagon(p)).isTrue();
    }

    @Test
    void pointsInsideTheHullOrCrowdedAnglesAreNot() {
        // One point well inside: the turn at it is to the right.
        assertThat(S3Picture.hexagon(points(new double[] {0, 60, 120, 180, 240, 300}, new double[] {1, 0.2, 1, 1, 1, 1}))).isFalse();
        // Two points 10 degrees apart (and a 110-degree gap): a pentagon with a doubled vertex, not a hexagon.
        assertThat(S3Picture.hexagon(points(new double[] {0, 10, 120, 180, 240, 300}, ONES))).isFalse();
        // Two triangles at 0/120/240 and 5/125/245 (the flat spectrum's typical picture): gaps 5 and 115.
        assertThat(S3Picture.hexagon(points(new double[] {0, 5, 120, 125, 240, 245}, ONES))).isFalse();
    }

    @Test
    void aHexagonInAPlaneSetApartIsSeenThroughThePca() {
        // A regular hexagon in the first two of nine coordinates, small noise in the other seven.
        double[][] hex = points(new double[] {0, 60, 120, 180, 240, 300}, ONES), m = new double[6][9];
        Random random = new Random(3);
        for (int g = 0; g < 6; g++) {
            m[g][0] = hex[g][0];
            m[g][1] = hex[g][1];
            for (int c = 2; c < 9; c++) m[g][c] = 0.05 * random.nextGaussian();
        }
        S3Picture pic = new S3Picture(m);
        assertThat(pic.separated()).isTrue();
        assertThat(pic.hexagon()).isTrue();
    }
}
