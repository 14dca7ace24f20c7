package org.geneft.aut;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.geneft.graph.Digraph;

/**
 * Seeded random labelled, coloured digraphs with planted structure for the reductions to find:
 * false and true twins (with loops and arcs between twins), pendant leaves on hubs, equal pendant chains, deep
 * pendant trees with equal subtrees under one parent, and isomorphic (relabelled) copies of components next to
 * non-isomorphic ones.
 */
final class PlantedDigraphs {
    private PlantedDigraphs() { }

    /** A random graph grown to about n vertices by planting the structures above. */
    static Digraph planted(Random random, int n, int labels, int colours) {
        int base = Math.max(1, Math.min(n, 1 + random.nextInt(Math.max(1, n / 2))));
        Digraph seed = random.nextBoolean()
                ? RandomDigraphs.dense(random, base, labels, colours, 0.05 + 0.3 * random.nextDouble() / labels)
                : RandomDigraphs.symmetric(random, base, labels, colours, 0.05 + 0.3 * random.nextDouble() / labels);
        Builder b = new Builder(seed, labels);
        while (b.n < n) {
            switch (random.nextInt(6)) {
                case 0 -> b.twin(random.nextInt(b.n), false, random, labels);
                case 1 -> b.twin(random.nextInt(b.n), true, random, labels);
                case 2 -> b.leaves(random.nextInt(b.n), 1 + random.nextInt(3), random.nextInt(labels), random.nextBoolean(), random.nextInt(colours));
                case 3 -> b.chains(random.nextInt(b.n), 1 + random.nextInt(3), 1 + random.nextInt(3), random, labels, colours);
                case 4 -> b.trees(random.nextInt(b.n), 1 + random.nextInt(3), Math.max(1, n - b.n), random, labels, colours);
                default -> { if (b.n * 2 <= n + 2) b.copyAll(random); else b.isolated(random.nextInt(colours)); }
            }
        }
        return b.build(random);
    }

    /** A small random core (possibly a single vertex) carrying about n vertices of deep pendant trees, some copied whole. */
    static Digraph pendantForests(Random random, int n, int labels, int colours) {
        int base = 1 + random.nextInt(Math.max(1, n / 8));
        Builder b = new Builder(RandomDigraphs.dense(random, base, labels, colours, 0.1 + 0.4 * random.nextDouble() / labels), labels);
        while (b.n < n) {
            if (random.nextInt(8) == 0 && b.n * 2 <= n + 4) b.copyAll(random);
            else b.trees(random.nextInt(b.n), 1 + random.nextInt(3), Math.max(1, n - b.n), random, labels, colours);
        }
        return b.build(random);
    }

    /**
     * A random core of about a third of n with parallel chains between its vertices (several copies of a path between
     * the same two ends, some read the other way round, some cycles through one vertex), and some twins and leaves
     * for the chains to meet in the fixpoint.
     */
    static Digraph parallelChains(Random random, int n, int labels, int colours) {
        int base = Math.max(2, 1 + random.nextInt(Math.max(2, n / 3)));
        Builder b = new Builder(RandomDigraphs.dense(random, base, labels, colours, 0.1 + 0.4 * random.nextDouble() / labels), labels);
        while (b.n < n) {
            int x = random.nextInt(base), y = random.nextInt(8) == 0 ? x : random.nextInt(base);
            switch (random.nextInt(5)) {
                case 0 -> b.twin(random.nextInt(b.n), false, random, labels);
                case 1 -> b.leaves(random.nextInt(b.n), 1 + random.nextInt(2), random.nextInt(labels), random.nextBoolean(), random.nextInt(colours));
                default -> b.bridges(x, y, 1 + random.nextInt(4), 1 + random.nextInt(3), random.nextInt(3) == 0, random, labels, colours);
            }
        }
        return b.build(random);
    }

    /**
     * A few hubs (a random core) carrying copies of small random gadgets attached to them alike, near misses attached
     * to another hub, copies of gadgets with a symmetry of their own, and some twins and chains: the flaps of
     * {@link SymmetricFlaps}.
     */
    static Digraph flaps(Random random, int n, int labels, int colours) {
        int hubs = 2 + random.nextInt(5);
        Builder b = new Builder(RandomDigraphs.dense(random, hubs, labels, colours, 0.2 + 0.4 * random.nextDouble() / labels), labels);
        while (b.n < n) {
            switch (random.nextInt(6)) {
                case 0 -> b.twin(random.nextInt(b.n), false, random, labels);
                case 1 -> b.bridges(random.nextInt(hubs), random.nextInt(hubs), 1 + random.nextInt(3), 1 + random.nextInt(2), false, random, labels, colours);
                case 2 -> b.symmetricGadgets(hubs, 1 + random.nextInt(3), random, labels, colours);
                default -> b.gadgets(hubs, 1 + random.nextInt(4), 1 + random.nextInt(5), random.nextInt(3) == 0, random, labels, colours);
            }
        }
        return b.build(random);
    }

    /** Mutable arc lists; build() relabels the vertices randomly so no structure sits at fixed numbers. */
    private static final class Builder {
        final List<int[]> arcs = new ArrayList<>();
        final List<Integer> colour = new ArrayList<>();
        final int labels;
        int n;

        Builder(Digraph g, int labels) {
            this.labels = labels;
            n = g.n();
            for (int v = 0; v < n; v++) colour.add(g.colour(v));
            for (int u = 0; u < n; u++)
                for (long a = g.outStart(u); a < g.outStart(u + 1); a++) arcs.add(new int[] {u, g.head(a), g.label(a)});
        }

        /** A new vertex with v's colour, loops and arcs to and from every other vertex; true twins also get arcs to v. */
        void twin(int v, boolean adjacent, Random random, int labelCount) {
            int w = n++;
            colour.add(colour.get(v));
            List<int[]> added = new ArrayList<>();
            for (int[] a : arcs) {
                if (a[0] == v && a[1] == v) added.add(new int[] {w, w, a[2]});
                else if (a[0] == v) added.add(new int[] {w, a[1], a[2]});
                else if (a[1] == v) added.add(new int[] {a[0], w, a[2]});
            }
            // v's arcs to an earlier twin of v were copied above; keep the pair symmetric either way.
            arcs.addAll(added);
            if (adjacent) {
                int label = random.nextInt(labelCount);
                arcs.add(new int[] {v, w, label});
                arcs.add(new int[] {w, v, label});
            }
        }

        void leaves(int hub, int count, int label, boolean outward, int leafColour) {
            for (int i = 0; i < count; i++) {
                int leaf = n++;
                colour.add(leafColour);
                arcs.add(outward ? new int[] {hub, leaf, label} : new int[] {leaf, hub, label});
            }
        }

        /** copies equal pendant paths on one anchor: twins only level by level, from the tips inwards. */
        void chains(int anchor, int copies, int length, Random random, int labelCount, int colourCount) {
            int[] label = new int[length], c = new int[length];
            boolean[] outward = new boolean[length];
            for (int i = 0; i < length; i++) {
                label[i] = random.nextInt(labelCount);
                c[i] = random.nextInt(colourCount);
                outward[i] = random.nextBoolean();
            }
            for (int k = 0; k < copies; k++) {
                int previous = anchor;
                for (int i = 0; i < length; i++) {
                    int v = n++;
                    colour.add(c[i]);
                    arcs.add(outward[i] ? new int[] {previous, v, label[i]} : new int[] {v, previous, label[i]});
                    previous = v;
                }
            }
        }

        /**
         * copies of one random connected gadget of size vertices, each attached to the same hubs (among the first
         * hubCount vertices) by the same labelled arcs; with {@code nearMiss}, one more copy whose first attachment goes
         * to another hub, which is not a copy.
         */
        void gadgets(int hubCount, int copies, int size, boolean nearMiss, Random random, int labelCount, int colourCount) {
            List<int[]> inner = new ArrayList<>(), attach = new ArrayList<>();
            int[] c = new int[size];
            for (int i = 0; i < size; i++) {
                c[i] = random.nextInt(colourCount);
                if (i > 0) { // a random tree keeps it connected; then a few more arcs
                    int j = random.nextInt(i);
                    inner.add(random.nextBoolean() ? new int[] {i, j, random.nextInt(labelCount)} : new int[] {j, i, random.nextInt(labelCount)});
                }
            }
            for (int extra = random.nextInt(size); extra > 0; extra--)
                inner.add(new int[] {random.nextInt(size), random.nextInt(size), random.nextInt(labelCount)});
            for (int i = 0; i < size; i++)
                for (int a = random.nextInt(3); a >= 0; a--)
                    attach.add(new int[] {i, random.nextInt(hubCount), random.nextInt(labelCount), random.nextInt(2)});
            for (int k = 0; k < copies + (nearMiss ? 1 : 0); k++) {
                int base = n;
                for (int i = 0; i < size; i++) colour.add(c[i]);
                n += size;
                for (int[] e : inner) arcs.add(new int[] {base + e[0], base + e[1], e[2]});
                for (int i = 0; i < attach.size(); i++) {
                    int[] e = attach.get(i);
                    int hubVertex = k == copies && i == 0 ? (e[1] + 1) % hubCount : e[1];
                    arcs.add(e[3] == 1 ? new int[] {base + e[0], hubVertex, e[2]} : new int[] {hubVertex, base + e[0], e[2]});
                }
            }
        }

        /**
         * copies of a gadget with a symmetry of its own that fixes the hubs: a centre and two equal arms (a vertex and
         * its leaf), the centre and both arms' tips on the same hubs; not rigid, so the flap reduction must leave it.
         */
        void symmetricGadgets(int hubCount, int copies, Random random, int labelCount, int colourCount) {
            int centreColour = random.nextInt(colourCount), armColour = random.nextInt(colourCount), tipColour = random.nextInt(colourCount);
            int toArm = random.nextInt(labelCount), toTip = random.nextInt(labelCount), toHub = random.nextInt(labelCount);
            int centreHub = random.nextInt(hubCount), tipHub = random.nextInt(hubCount);
            for (int k = 0; k < copies; k++) {
                int centre = n++;
                colour.add(centreColour);
                arcs.add(new int[] {centre, centreHub, toHub});
                for (int arm = 0; arm < 2; arm++) {
                    int a = n++, tip = n++;
                    colour.add(armColour);
                    colour.add(tipColour);
                    arcs.add(new int[] {centre, a, toArm});
                    arcs.add(new int[] {a, tip, toTip});
                    arcs.add(new int[] {tip, tipHub, toHub});
                }
            }
        }

        /**
         * copies of one random path of length inner vertices from x to y (x = y: a cycle through x), each copy read
         * from x or, with {@code reversedToo}, every other copy read from y: parallel chains for the chain reduction,
         * with the reversed copies as a near miss (the same path the other way round is not a copy unless it reads
         * the same).
         */
        void bridges(int x, int y, int copies, int length, boolean reversedToo, Random random, int labelCount, int colourCount) {
            int[] label = new int[length + 1], c = new int[length];
            boolean[] forward = new boolean[length + 1];
            for (int i = 0; i <= length; i++) {
                label[i] = random.nextInt(labelCount);
                forward[i] = random.nextBoolean();
                if (i < length) c[i] = random.nextInt(colourCount);
            }
            for (int k = 0; k < copies; k++) {
                boolean reversed = reversedToo && k % 2 == 1;
                int from = reversed ? y : x, to = reversed ? x : y, previous = from;
                for (int i = 0; i <= length; i++) {
                    int v = i < length ? n++ : to;
                    if (i < length) colour.add(c[i]);
                    arcs.add(forward[i] ? new int[] {previous, v, label[i]} : new int[] {v, previous, label[i]});
                    previous = v;
                }
            }
        }

        /**
         * copies of one random pendant tree on anchor, each at most budget vertices: up to five levels deep, and
         * under a vertex two or three copies of one subtree beside a different one, so that equal subtrees only
         * show as equal all the way down (the one-pass tree codes), and subtrees that differ deep down do not.
         */
        void trees(int anchor, int copies, int budget, Random random, int labelCount, int colourCount) {
            Shape shape = Shape.random(random, 1 + random.nextInt(5), new int[] {Math.max(1, budget / copies)}, labelCount, colourCount);
            for (int k = 0; k < copies; k++) attach(anchor, shape);
        }

        private void attach(int parent, Shape s) {
            int v = n++;
            colour.add(s.colour());
            arcs.add(s.outward() ? new int[] {parent, v, s.label()} : new int[] {v, parent, s.label()});
            if (s.back() >= 0) arcs.add(s.outward() ? new int[] {v, parent, s.back()} : new int[] {parent, v, s.back()});
            if (s.loop() >= 0) arcs.add(new int[] {v, v, s.loop()});
            for (Shape c : s.children()) attach(v, c);
        }

        void isolated(int c) {
            n++;
            colour.add(c);
        }

        /** A disjoint copy of everything so far: every component gets an isomorphic partner. */
        void copyAll(Random random) {
            int offset = n;
            for (int v = 0; v < offset; v++) colour.add(colour.get(v));
            int size = arcs.size();
            for (int i = 0; i < size; i++) {
                int[] a = arcs.get(i);
                arcs.add(new int[] {a[0] + offset, a[1] + offset, a[2]});
            }
            n += offset;
        }

        Digraph build(Random random) {
            int[] p = RandomDigraphs.permutation(random, n);
            int[] t = new int[arcs.size()], h = new int[arcs.size()], l = new int[arcs.size()];
            for (int i = 0; i < arcs.size(); i++) { t[i] = p[arcs.get(i)[0]]; h[i] = p[arcs.get(i)[1]]; l[i] = arcs.get(i)[2]; }
            int[] c = new int[n];
            for (int v = 0; v < n; v++) c[p[v]] = colour.get(v);
            return Digraph.of(n, t, h, l, RandomDigraphs.labelNames(labels), null, c);
        }
    }

    /** A rooted tree shape: the arc(s) to the parent (back < 0: none back), an optional loop, the children. */
    private record Shape(int label, boolean outward, int back, int loop, int colour, List<Shape> children) {
        static Shape random(Random random, int depth, int[] budget, int labelCount, int colourCount) {
            budget[0]--;
            int label = random.nextInt(labelCount);
            int back = random.nextInt(4) == 0 ? random.nextInt(labelCount) : -1;
            int loop = random.nextInt(6) == 0 ? random.nextInt(labelCount) : -1;
            List<Shape> children = new ArrayList<>();
            if (depth > 1 && budget[0] > 0) {
                Shape repeated = random(random, depth - 1, budget, labelCount, colourCount);
                int copies = 1 + random.nextInt(3);
                for (int i = 0; i < copies; i++) children.add(repeated);
                budget[0] -= (copies - 1) * repeated.size();
                if (budget[0] > 0 && random.nextBoolean()) children.add(random(random, depth - 1, budget, labelCount, colourCount));
            }
            return new Shape(label, random.nextBoolean(), back, loop, random.nextInt(colourCount), List.copyOf(children));
        }

        int size() {
            int s = 1;
            for (Shape c : children) s += c.size();
            return s;
        }
    }
}
