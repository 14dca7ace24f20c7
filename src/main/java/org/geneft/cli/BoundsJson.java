package org.geneft.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geneft.aut.AutomorphismGroup;
import org.geneft.aut.Reduction;
import org.geneft.graph.RelationClass;
import org.geneft.graph.RelationProperties;
import org.geneft.statics.StaticBounds;

import java.util.List;
import java.util.Map;

/** The `bounds --json` object. */
final class BoundsJson {
    private BoundsJson() { }

    /** reduction is null when the engine ran on the whole graph (the JSON key is then null too). */
    static ObjectNode of(String source, StaticBounds s, List<MonteCarloRow> monteCarlo, Reduction reduction) {
        ObjectNode o = Json.object();
        o.put("source", source);
        o.put("n", s.n());
        o.put("arcs", s.arcs());
        o.put("loops", s.loops());
        o.put("labels", s.labels());
        o.set("properties", properties(s.properties()));
        AutomorphismGroup aut = s.automorphisms();
        Json.put(o, "log2_aut", aut.log2Order());
        Json.put(o, "log10_aut", aut.log10Order());
        if (aut.exactOrder() != null) o.put("aut_exact", aut.exactOrder().toString());
        else o.putNull("aut_exact");
        o.put("aut_generators", aut.generators());
        o.put("aut_orbits", aut.orbitCount());
        Json.put(o, "log2_n_factorial", s.log2Factorial());
        Json.put(o, "b_bits", s.bBits());
        if (s.table2().isPresent()) {
            Json.put(o, "b_table2_bits", s.table2().get().bits());
            o.put("b_table2_row", s.table2().get().name());
            o.put("b_table2_formula", s.table2().get().formula());
        } else {
            o.putNull("b_table2_bits");
            o.putNull("b_table2_row");
            o.putNull("b_table2_formula");
        }
        if (s.totalOrderTextBits().isPresent()) Json.put(o, "b_sec3_text_bits", s.totalOrderTextBits().getAsDouble());
        Json.put(o, "p_star", s.pStar().value());
        o.put("p_star_source", s.pStar().source());
        Json.put(o, "N", s.dataSetSize().value());
        o.put("N_reason", s.dataSetSize().reason());
        ObjectNode pc = o.putObject("p_c");
        for (Map.Entry<Double, Double> e : s.criticalFractions().entrySet()) Json.put(pc, e.getKey().toString(), e.getValue());
        Json.put(o, "transition_fraction", s.transitionFraction());
        ArrayNode fub = o.putArray("f_ub");
        for (StaticBounds.CurvePoint p : s.accuracyUpperBound()) {
            ObjectNode row = fub.addObject();
            Json.put(row, "fraction", p.fraction());
            Json.put(row, "m", p.samples());
            Json.put(row, "f", p.inferable());
            Json.put(row, "value", p.upperBound());
        }
        if (monteCarlo != null) {
            ArrayNode mc = o.putArray("monte_carlo");
            for (MonteCarloRow r : monteCarlo) {
                ObjectNode row = mc.addObject();
                Json.put(row, "fraction", r.fraction());
                Json.put(row, "bound", r.bound());
                Json.put(row, "stderr", r.stderr());
                if (r.exactBayes() != null) {
                    Json.put(row, "exact_bayes", r.exactBayes());
                    Json.put(row, "exact_bayes_stderr", r.exactStderr());
                } else {
                    row.putNull("exact_bayes");
                    row.putNull("exact_bayes_stderr");
                }
                row.put("samplings", r.samplings());
            }
        }
        Json.put(o, "aut_seconds", aut.seconds());
        o.put("engine", aut.engine());
        if (reduction == null) o.putNull("reduction");
        else o.set("reduction", reduction(reduction));
        return o;
    }

    private static ObjectNode reduction(Reduction r) {
        ObjectNode o = Json.object();
        o.put("vertices_before", r.verticesBefore());
        o.put("arcs_before", r.arcsBefore());
        o.put("vertices_after", r.verticesAfter());
        o.put("arcs_after", r.arcsAfter());
        r.redundantLabels().forEach(o.putArray("redundant_labels_dropped")::add);
        o.put("twin_vertices_removed", r.twinVertices());
        Json.put(o, "twins_log2", r.twinLog2());
        o.put("leaf_vertices_removed", r.leafVertices());
        Json.put(o, "leaves_log2", r.leafLog2());
        o.put("chain_vertices_removed", r.chainVertices());
        Json.put(o, "chains_log2", r.chainLog2());
        o.put("flap_vertices_removed", r.flapVertices());
        Json.put(o, "flaps_log2", r.flapLog2());
        o.put("components", r.components());
        o.put("component_groups_searched", r.groups());
        Json.put(o, "components_log2", r.componentLog2());
        Json.put(o, "search_log2", r.searchLog2());
        o.put("largest_search_vertices", r.largestSearch());
        o.put("search_engine", r.engine());
        return o;
    }

    private static ObjectNode properties(RelationProperties p) {
        ObjectNode o = Json.object();
        o.put("reflexive", p.reflexive());
        o.put("irreflexive", p.irreflexive());
        o.put("symmetric", p.symmetric());
        o.put("antisymmetric", p.antisymmetric());
        if (p.transitive() == null) o.putNull("transitive");
        else o.put("transitive", p.transitive());
        o.put("total", p.total());
        if (p.relationClass().isEmpty()) {
            o.putNull("class");
            return o;
        }
        RelationClass c = p.relationClass().get();
        ObjectNode cls = o.putObject("class");
        if (c instanceof RelationClass.Equivalence e) {
            cls.put("kind", "equivalence");
            cls.put("k", e.k());
            ArrayNode sizes = cls.putArray("class_sizes");
            for (int size : e.classSizes()) sizes.add(size);
        } else if (c instanceof RelationClass.TotalOrder) {
            cls.put("kind", "total_order");
        } else if (c instanceof RelationClass.CompleteBipartite b) {
            cls.put("kind", "complete_bipartite");
            cls.put("side_a", b.sizeS());
            cls.put("side_c", b.n() - b.sizeS());
            cls.put("note", "the complement of an equivalence with two classes (no loops), not itself an equivalence");
        }
        return o;
    }
}
