package org.geneft.claims;

import org.geneft.aut.NautyAutomorphisms;
import org.geneft.statics.StaticClaims;
import org.geneft.symbolic.ProofLibrary;
import org.geneft.symbolic.SymbolicClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table 2's "≈" is judged in two places, proofs/description-lengths.proof (Symja) and the static claims
 * of geneft verify (exact |Aut| and closed forms): under the same reading, the same verdict.
 */
class Table2ReadingsAgreeTest {

    private static final List<String> READINGS = List.of("table2-equivalence-asymptotic", "table2-equivalence-n30",
            "table2-equivalence-class-n30", "table2-bipartite-asymptotic", "table2-bipartite-class-n30");

    @Test
    void theProofFileAndTheStaticClaimsGiveEachReadingOfTable2TheSameVerdict(@TempDir Path dir) throws IOException {
        // Only this derivation: the others are not about Table 2 and cost seconds each.
        Files.copy(Path.of("proofs/description-lengths.proof"), dir.resolve("description-lengths.proof"));
        Map<String, Claim> symbolic = byId(new SymbolicClaims(new ProofLibrary(dir)).check());
        Map<String, Claim> statics = byId(new StaticClaims(new NautyAutomorphisms(), 30, 2, 1).table2Readings());

        assertThat(statics).containsOnlyKeys(READINGS);
        for (String id : READINGS) {
            Claim s = symbolic.get("description-lengths/" + id);
            assertThat(s).as("proofs/description-lengths.proof has claim " + id).isNotNull();
            assertThat(statics.get(id).verdict()).as(id + ": static against symbolic (" + s.evidence() + ")")
                    .isEqualTo(s.verdict());
        }
        // Not agreement by accident of both being wrong the same way: the readings differ from each other.
        assertThat(statics.get("table2-equivalence-asymptotic").verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(statics.get("table2-equivalence-n30").verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(statics.get("table2-bipartite-asymptotic").verdict()).isEqualTo(Verdict.CONFIRMED_UNDER_CONDITIONS);
        assertThat(statics.get("table2-bipartite-class-n30").verdict()).isEqualTo(Verdict.CONFIRMED);
    }

    private static Map<String, Claim> byId(List<Claim> claims) {
        return claims.stream().collect(Collectors.toMap(Claim::id, Function.identity()));
    }
}
