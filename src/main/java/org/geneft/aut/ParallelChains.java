package org.geneft.aut;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geneft.graph.Digraph;

/**
 * Collapses parallel chains of a labelled, coloured digraph: |Aut(G)| = Π k! · |Aut(G')|, exactly.
 *
 * <p>A link is a vertex with exactly two arcs, in or out, to two distinct other vertices and no loop. A chain is a
 * maximal path x, v1, ..., vr, y (r ≥ 1) whose inner vertices are links and whose ends are not, with x ≠ y. Two
 * chains are copies when they have the same ends in the same order and the same code read from x to y: each arc's
 * label and direction, each inner vertex's colour. In an ontology they are, for instance, the "A part-of B is-a C"
 * pairs that several terms repeat between the same two hub terms (the Gene Ontology's remainder after twins and
 * pendant trees: 89 classes, 177 of its 731 generators); twins are copies with r = 1, pendant trees hang on one end.
 *
 * <p>Mapping copy i onto copy j vertex by vertex and fixing everything else is an automorphism, so each class of k
 * copies carries Sym(k). G' keeps the first copy of each class, its inner vertices coloured by (colour, k). Aut(G) maps
 * links to links, chains to chains and classes onto classes of the same size, which gives a homomorphism onto Aut(G')
 * (follow the kept copy, then the copy permutation back to the kept one); every automorphism of G' lifts, since the
 * marked inner paths are exactly the kept copies, mapped onto kept copies of classes of the same size and code, whose
 * other copies follow position by position; and the kernel fixes every vertex outside the copies and both ends of each
 * class, so it permutes whole copies (with x ≠ y a copy cannot be mapped onto another reversed): Π Sym(k). Chains with
 * x = y (cycles on one vertex) are left to the search.
 */
final class ParallelChains {

    private ParallelChains() { }

    /** One round: every class of parallel copies collapsed to its first copy; removed copies anchor on the kept one. */
    static ReductionStep round(Digraph g) {
        int n = g.n();
        Incidence inc = new Incidence(g);
        boolean[] walked = new boolean[n];
        Map<Key, List<int[]>> classes = new HashMap<>();
        List<Key> order = new ArrayList<>(); // classes in the order first seen: a deterministic reduced graph
        int[] code = new int[16], inner = new int[8];
        boolean[] link = inc.link;
        int[] start = inc.start, other = inc.other;
        for (int x = 0; x < n; x++) {
            if (link[x]) continue;
            for (int e = start[x]; e < start[x + 1]; e++) {
                int first = other[e];
                if (!link[first] || walked[first]) continue;
                // Walk from x through links to the far end, writing the code as it goes.
                int length = 0, links = 0, previous = x, v = first;
                code[length++] = inc.forwardCode(inc.entryTo(first, x), false);
                while (link[v]) {
                    walked[v] = true;
                    if (links == inner.length) inner = Arrays.copyOf(inner, 2 * links);
                    inner[links++] = v;
                    if (length + 2 > code.length) code = Arrays.copyOf(code, 2 * code.length);
                    code[length++] = -1 - g.colour(v); // colours below zero: never equal to an arc's code
                    int ahead = other[start[v]] == previous ? start[v] + 1 : start[v];
                    code[length++] = inc.forwardCode(ahead, true);
                    previous = v;
                    v = other[ahead];
                }
                if (v == x) continue; // a cycle on x: left to the search
                Key key = new Key(x, v, Arrays.copyOf(code, length));
                List<int[]> copies = classes.get(key);
                if (copies == null) {
                    classes.put(key, copies = new ArrayList<>(1));
                    order.add(key);
                }
                copies.add(Arrays.copyOf(inner, links));
            }
        }

        ReductionStep.Collapse collapse = new ReductionStep.Collapse(g, order.size());
        for (Key key : order) {
            List<int[]> copies = classes.get(key);
            int k = copies.size();
            if (k < 2) continue;
            int[] kept = copies.get(0);
            collapse.keep(kept, k);
            for (int c = 1; c < k; c++)
                for (int i = 0; i < kept.length; i++) collapse.remove(copies.get(c)[i], kept[i]);
        }
        return collapse.step();
    }

    /** A class of copies: the two ends in reading order and the code read from the first. */
    private record Key(int x, int y, int[] code) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.x == x && k.y == y && Arrays.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * x + y) + Arrays.hashCode(code);
        }
    }
}
