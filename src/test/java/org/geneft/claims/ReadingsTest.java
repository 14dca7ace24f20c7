package org.geneft.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingsTest {

    private static Verdict of(Verdict... vs) {
        Readings r = new Readings();
        for (int i = 0; i < vs.length; i++) r.add("reading " + i, vs[i], "");
        return r.verdict();
    }

    @Test
    void refutedOnlyWhenRefutedUnderEveryReading() {
        assertThat(of(Verdict.REFUTED, Verdict.REFUTED)).isEqualTo(Verdict.REFUTED);
        assertThat(of(Verdict.REFUTED, Verdict.CONFIRMED)).isEqualTo(Verdict.DEPENDS_ON_READING);
        assertThat(of(Verdict.CONFIRMED, Verdict.REFUTED)).isEqualTo(Verdict.DEPENDS_ON_READING);
        // A reading under which the claim is vacuous is not one under which it is false.
        assertThat(of(Verdict.REFUTED, Verdict.VACUOUS)).isEqualTo(Verdict.DEPENDS_ON_READING);
        // Against the claim under every reading, but refuted under only one: the weaker verdict.
        assertThat(of(Verdict.REFUTED, Verdict.NOT_REPRODUCED)).isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void confirmedOnlyWhenConfirmedUnderEveryReadingAndThenTheWeakest() {
        assertThat(of(Verdict.CONFIRMED, Verdict.CONFIRMED)).isEqualTo(Verdict.CONFIRMED);
        assertThat(of(Verdict.CONFIRMED, Verdict.CONFIRMED_UNDER_CONDITIONS))
                .isEqualTo(Verdict.CONFIRMED_UNDER_CONDITIONS);
        assertThat(of(Verdict.CONFIRMED, Verdict.REPRODUCED)).isEqualTo(Verdict.REPRODUCED);
        assertThat(of(Verdict.CONFIRMED, Verdict.UNDECIDED)).isEqualTo(Verdict.DEPENDS_ON_READING);
    }

    @Test
    void theEvidenceNamesEachReadingsVerdictInOrder() {
        Readings r = new Readings().add("sigma_a = sigma_c", Verdict.REFUTED, "3 points above")
                .add("sigma_c = init", Verdict.CONFIRMED, "");
        assertThat(r.evidence()).isEqualTo("under sigma_a = sigma_c: refuted (3 points above); "
                + "under sigma_c = init: confirmed;");
        assertThatThrownBy(() -> new Readings().verdict()).isInstanceOf(IllegalStateException.class);
    }
}
