package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;

import java.util.List;

/**
 * The grokking paper's claims geneft does not check, each with its reason: those a CPU verifier cannot run at the
 * paper's scale or with its data (MNIST; the transformer's claims are TransformerChecks', at a reduced scale). Never a silent gap: each is in the verdict table as "not checked".
 */
public final class GrokkingUnchecked {
    private static final String SCALE = "out of scope for a CPU verifier at the paper's scale";
    private static final String NO_MNIST = "the data is out of reach: MNIST is in no Debian package (Debian ships "
            + "Fashion-MNIST, a different dataset), and geneft downloads nothing at run time";

    public static final List<Claim> ALL = List.of(
            // The model (a 3 x 200 MLP on 1,000 images) is within a CPU's reach; the images are not: Debian packages
            // Fashion-MNIST but not MNIST, and geneft downloads nothing at run time.
            unchecked("grok-mnist", "MNIST with 1000 training samples and a large initialisation groks, and its phase "
                    + "diagram shows the four phases", "Sec. 4.3, Appendix J, Fig. 8", NO_MNIST + "; the model, a "
                    + "3 x 200 MLP on 1,000 images, would be within a CPU's reach"),
            unchecked("grok-mnist-training-size", "On MNIST the time to generalization rises rapidly once the training "
                    + "set falls below a certain size", "Appendix J, Fig. 20", NO_MNIST),
            // Eq. 33's conservation, the theory behind it, is proved (invariant-normalisation.proof); the images are
            // what is missing.
            unchecked("grok-mnist-effective-loss", "The effective loss (Eq. 32) trained on MNIST's 2-D embeddings collapses "
                    + "each class to its class mean while different class means do not collapse", "Appendix I, Fig. 19",
                    NO_MNIST + "; the scale invariance that avoids global collapse (Eq. 33) is checked symbolically "
                    + "(invariant-normalisation/variance-conserved)"));

    private GrokkingUnchecked() { }

    private static Claim unchecked(String id, String statement, String where, String reason) {
        return unchecked(Method.EMPIRICAL, id, statement, where, reason);
    }

    private static Claim unchecked(Method method, String id, String statement, String where, String reason) {
        return new Claim(id, statement, where, method, Verdict.NOT_CHECKED, "Not checked: " + reason + ".");
    }
}
