package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.report.PaperReport;
import org.geneft.symbolic.DerivationResult;
import org.geneft.symbolic.ProofLibrary;
import org.geneft.symbolic.SymbolicClaims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The grokking paper (Liu et al. 2022) as geneft verifies it: its proofs (papers/grokking/proofs), its checks
 * (GrokkingChecks), the claims not checked (GrokkingUnchecked), and its report's sections and templates
 * (resources org/geneft/grokking). Everything of this paper is here; the engines are shared.
 */
public final class GrokkingPaper {
    public static final String ID = "grokking";
    public static final String PROOFS = "papers/grokking/proofs";
    public static final PaperReport.Paper PAPER = new PaperReport.Paper(
            "Towards Understanding Grokking: verification report",
            "Towards Understanding Grokking: An Effective Theory of Representation Learning (Liu, Kitouni, Nolte, "
                    + "Michaud, Tegmark, Williams, NeurIPS 2022), with the authors' code (ejmichaud/grokking-squared) "
                    + "where the extracted text lost a formula",
            "addition on p = " + GrokkingChecks.P + " symbols", PROOFS);

    public static final List<PaperReport.Section> SECTIONS = List.of(
            new PaperReport.Section("sec:grok-fig3", "Figures 3, 4(b), 5(b): the trained toy model",
                    "grokking/fig3.tex.ftl"),
            new PaperReport.Section("sec:grok-propositions", "Propositions 1-2: parallelograms under zero training loss",
                    "grokking/propositions.tex.ftl"),
            new PaperReport.Section("sec:grok-ground-states", "Eq. 4-7: effective loss, conserved quantities, ground states",
                    "grokking/ground-states.tex.ftl"),
            new PaperReport.Section("sec:grok-fig4a", "Figure 4(a): the critical training fraction", "grokking/fig4a.tex.ftl"),
            new PaperReport.Section("sec:grok-fig4c", "Figure 4(c) and Eq. 8-9: the linear dynamics", "grokking/fig4c.tex.ftl"),
            new PaperReport.Section("sec:grok-fig5a", "Figure 5(a): the grokking rate against the fraction", "grokking/fig5a.tex.ftl"),
            new PaperReport.Section("sec:grok-fig6", "Figure 6: phase diagrams of the toy model", "grokking/fig6.tex.ftl"),
            new PaperReport.Section("sec:grok-transformer", "Section 4.2, Figures 1 and 7: a transformer at a reduced "
                    + "scale", "grokking/transformer.tex.ftl"),
            new PaperReport.Section("sec:grok-appendix-e", "Appendix E: the ideal model", "grokking/appendix-e.tex.ftl"),
            new PaperReport.Section("sec:grok-appendix-h", "Appendix H, Figure 18: the permutation group against the "
                    + "training fraction", "grokking/appendix-h.tex.ftl"));

    /** What one verification computed. */
    public record Verification(List<Claim> claims, List<DerivationResult> derivations, GrokkingChecks.Result checks) { }

    private GrokkingPaper() { }

    /** The derivations of the proof folder (Symja). */
    public static List<DerivationResult> derive(Path proofs) {
        return new SymbolicClaims(new ProofLibrary(proofs)).run();
    }

    /** Every claim: the derivations', the checks', then the ones not checked. */
    public static List<Claim> claims(List<DerivationResult> derivations, GrokkingChecks.Result checks) {
        List<Claim> all = new ArrayList<>(SymbolicClaims.claims(derivations, PROOFS));
        all.addAll(checks.claims());
        all.addAll(GrokkingUnchecked.ALL);
        return all;
    }

    /** Two checks' results as one (claims, tables, figure data and protocols in order). */
    public static GrokkingChecks.Result merge(GrokkingChecks.Result a, GrokkingChecks.Result b) {
        List<Claim> claims = new ArrayList<>(a.claims());
        claims.addAll(b.claims());
        List<org.geneft.experiments.DataTable> tables = new ArrayList<>(a.tables());
        tables.addAll(b.tables());
        Map<String, Object> figures = new java.util.LinkedHashMap<>(a.figures());
        figures.putAll(b.figures());
        Map<String, Map<String, Object>> protocols = new java.util.LinkedHashMap<>(a.protocols());
        protocols.putAll(b.protocols());
        return new GrokkingChecks.Result(claims, tables, figures, protocols);
    }

    /** The section holding a (non-derivation) claim's evidence. */
    public static String sectionOf(Claim c) {
        String id = c.id();
        if (GrokkingUnchecked.ALL.stream().anyMatch(u -> u.id().equals(id))) return PaperReport.NOT_CHECKED;
        if (id.startsWith("grok-fig3-") || id.startsWith("grok-fig4b-") || id.startsWith("grok-fig5b-")) return "sec:grok-fig3";
        if (id.startsWith("grok-fig4a-")) return "sec:grok-fig4a";
        if (id.startsWith("grok-transformer-")) return "sec:grok-transformer";
        if (id.startsWith("grok-s3-") && !PermutationChecks.IDS.contains(id)) return "sec:grok-appendix-h";
        if (id.startsWith("grok-fig6") || id.equals("grok-goldilocks") || id.startsWith("grok-appendix-g-")
                || id.startsWith("grok-s3-"))
            return "sec:grok-fig6";
        if (id.startsWith("grok-fig5a-")) return "sec:grok-fig5a";
        if (id.startsWith("grok-eq9-") || id.startsWith("grok-eq6-")) return "sec:grok-fig4c";
        if (id.startsWith("grok-appendix-e-")) return "sec:grok-appendix-e";
        if (id.startsWith("grok-proposition-")) return "sec:grok-propositions";
        return "sec:grok-ground-states";
    }

    /**
     * The protocol a claim's verdict rests on (a key of GrokkingChecks.Result.protocols): the phase diagrams', the toy
     * runs', the exact ranks' or the integrations'; none for a derivation or a claim geneft has no check for.
     */
    public static java.util.Optional<String> protocolOf(Claim c) {
        String id = c.id();
        if (id.indexOf('/') > 0 || GrokkingUnchecked.ALL.stream().anyMatch(u -> u.id().equals(id)))
            return java.util.Optional.empty();
        if (id.startsWith("grok-fig6") || id.equals("grok-goldilocks")) return java.util.Optional.of("grokking-phases");
        if (id.startsWith("grok-appendix-g-")) return java.util.Optional.of("grokking-appendix-g");
        if (id.startsWith("grok-transformer-")) return java.util.Optional.of("grokking-transformer");
        if (PermutationChecks.IDS.contains(id)) return java.util.Optional.of("grokking-permutation");
        if (id.startsWith("grok-s3-")) return java.util.Optional.of("grokking-permutation-fraction");
        if (id.startsWith("grok-proposition-")) return java.util.Optional.of(GrokkingPropositions.PROTOCOL);
        return switch (c.method()) {
            case STATIC -> java.util.Optional.of("grokking-structure");
            case NUMERIC -> java.util.Optional.of("grokking-flow");
            case EMPIRICAL -> java.util.Optional.of("grokking-toy");
            case SYMBOLIC -> java.util.Optional.empty();
        };
    }
}
