package org.geneft.dynamics;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Sec. IV's two limits of Eq. 8: integration against closed forms, and the verdicts drawn from them. */
class SectionFourLimitsTest {
    /**
     * The integrator runs at relative tolerance 1e-12 over 40 decay times; 1e-9 leaves three decades for the error
     * it accumulates, and is still six decades below the smallest kernel part a wrong limit would leave (~1e-3).
     */
    private static final double AGREE = 1e-9;

    @Test
    void aConstantRankOneDecoderKeepsTheKernelPartOfR0() {
        // A = [[1, 0]] sees only the first coordinate: r0 = (1, 1) → (0, 1), |r∞|/|r0| = 1/√2, by hand.
        SectionFourLimits.ConstantDecoder wide = SectionFourLimits.constantDecoder(
                MatrixUtils.createRealMatrix(new double[][] {{1, 0}}), new double[] {1, 1}, 0.5);
        assertThat(wide.fullRank()).isFalse();
        assertThat(wide.collided()).isFalse();
        assertThat(wide.rFinal()).isCloseTo(Math.sqrt(0.5), within(AGREE));
        // A full-rank 2×2 decoder: r → 0.
        SectionFourLimits.ConstantDecoder square = SectionFourLimits.constantDecoder(
                MatrixUtils.createRealMatrix(new double[][] {{1, 0.3}, {-0.2, 2}}), new double[] {1, 1}, 0.5);
        assertThat(square.fullRank()).isTrue();
        assertThat(square.collided()).isTrue();
    }

    @Test
    void aConstantSeparationRemovesOnlyTheDecodersComponentAlongIt() {
        // A0 = [[1, 1]], r = (1, 0): A → [[0, 1]], |A∞|/|A0| = 1/√2, and A∞ r = 0; by hand.
        SectionFourLimits.ConstantSeparation s = SectionFourLimits.constantSeparation(
                MatrixUtils.createRealMatrix(new double[][] {{1, 1}}), new double[] {1, 0}, 2);
        assertThat(s.aFinal()).isCloseTo(Math.sqrt(0.5), within(AGREE));
        assertThat(s.decoderVanished()).isFalse();
        assertThat(s.responseVanished()).isTrue();
        // d = 1: A's only direction is r's, so A → 0.
        SectionFourLimits.ConstantSeparation scalar = SectionFourLimits.constantSeparation(
                MatrixUtils.createRealMatrix(new double[][] {{0.7}, {-1.3}}), new double[] {0.4}, 1);
        assertThat(scalar.decoderVanished()).isTrue();
    }

    @Test
    void integrationMatchesTheClosedFormsOnEveryRandomDraw() {
        SectionFourLimits.Result r = SectionFourLimits.run(10, 42, 0.3, 3);
        assertThat(r.constantDecoder()).hasSize(10 * SectionFourLimits.SHAPES.length)
                .allSatisfy(x -> assertThat(x.deviation()).isLessThan(AGREE))
                // Collision exactly for full column rank, and the limit is the kernel part.
                .allSatisfy(x -> assertThat(x.collided()).isEqualTo(x.fullRank()))
                .allSatisfy(x -> assertThat(x.rFinal()).isCloseTo(x.kernelPart(), within(AGREE)));
        assertThat(r.constantSeparation())
                .allSatisfy(x -> assertThat(x.deviation()).isLessThan(AGREE))
                .allSatisfy(x -> assertThat(x.aFinal()).isCloseTo(x.closedForm(), within(AGREE)))
                .allSatisfy(x -> assertThat(x.decoderVanished()).isEqualTo(x.d() == 1))
                .allSatisfy(x -> assertThat(x.responseVanished()).isTrue());
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        assertThat(SectionFourLimits.run(3, 7, 1, 1)).isEqualTo(SectionFourLimits.run(3, 7, 1, 1));
        assertThat(SectionFourLimits.run(3, 7, 1, 1)).isNotEqualTo(SectionFourLimits.run(3, 8, 1, 1));
    }

    @Test
    void limitOneHoldsUnderTheFullRankConditionThePaperOmits() {
        SectionFourLimits.Result r = SectionFourLimits.run(5, 1, 1, 1);
        Claim all = SectionFourLimitClaims.constantDecoder(r.constantDecoder(), 5);
        assertThat(all.verdict()).isEqualTo(Verdict.CONFIRMED_UNDER_CONDITIONS);
        assertThat(all.evidence()).contains("full column rank", "1×2: 0/5 collided", "2×2: 5/5 collided");
        // Only tall or square decoders: plainly confirmed.
        List<SectionFourLimits.ConstantDecoder> tall = r.constantDecoder().stream().filter(x -> x.k() >= x.d()).toList();
        assertThat(SectionFourLimitClaims.constantDecoder(tall, 5).verdict()).isEqualTo(Verdict.CONFIRMED);
        // A full-rank decoder that failed to collide is not explained by the condition: refuted.
        SectionFourLimits.ConstantDecoder stuck = new SectionFourLimits.ConstantDecoder(2, 2, true, 0.5, 0, 0);
        assertThat(SectionFourLimitClaims.constantDecoder(List.of(stuck), 1).verdict()).isEqualTo(Verdict.REFUTED);
    }

    @Test
    void limitTwoDependsOnTheReadingAndHoldsLiterallyForDOne() {
        SectionFourLimits.Result r = SectionFourLimits.run(5, 1, 1, 1);
        Claim all = SectionFourLimitClaims.constantSeparation(r.constantSeparation(), 5);
        assertThat(all.verdict()).isEqualTo(Verdict.DEPENDS_ON_READING);
        assertThat(all.evidence()).contains("under the paper's words, A → 0: refuted (true for d = 1 only",
                "A r → 0: the two repons' outputs meet): confirmed");
        List<SectionFourLimits.ConstantSeparation> scalar = r.constantSeparation().stream().filter(x -> x.d() == 1).toList();
        assertThat(SectionFourLimitClaims.constantSeparation(scalar, 5).verdict()).isEqualTo(Verdict.CONFIRMED);
    }
}
