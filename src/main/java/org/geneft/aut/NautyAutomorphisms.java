package org.geneft.aut;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.geneft.graph.Digraph;

/**
 * Aut(G) of a labelled, coloured digraph with loops through Debian's nauty: Traces on an undirected gadget by default.
 *
 * <p>Traces accepts only simple undirected graphs, so the digraph is encoded first
 * ({@link DigraphEncoding}): each vertex v gets neighbours v_out and v_in in two colour classes of
 * their own, an arc u→v (a loop included) becomes the edge u_out–v_in. With more than one label, by
 * default each vertex gets an OUT and an IN copy per label it uses and the arc joins the two copies of
 * its label ({@code traces/gadget+split-labels}); the other label encodings subdivide each arc through
 * a vertex coloured by its label ({@code +subdivided-labels}) or use bit layers ({@code +layered-labels}).
 * Unlabelled, the engine string is {@code traces/gadget}. {@link NautyEngine#SPARSENAUTY}
 * runs sparsenauty in digraph mode on the digraph itself instead (labels subdivided the same way),
 * as an independent cross-check; it is far too slow for large digraphs. A symmetric unlabelled
 * digraph goes to Traces directly as an undirected graph, loops as colours
 * ({@code traces/undirected}).
 *
 * <p>Every argument is checked in Java before the call; the search runs on its own thread with a
 * large stack, because a native stack overflow would end the JVM.
 */
public final class NautyAutomorphisms implements AutomorphismEngine {
    private static final double EXACT_DOUBLE_LIMIT = 0x1p53;
    /** Traces on a symmetric unlabelled digraph taken as the undirected graph it is. */
    static final String UNDIRECTED_NAME = "traces/undirected";

    /** The native search's stack: 1 GiB of reserved, mostly untouched, address space. */
    public static final long DEFAULT_STACK_BYTES = BigStackThread.DEFAULT_STACK_BYTES;

    /**
     * For the check's own tests only: the next native search has its first generator corrupted on the C side, to show
     * that a wrong answer is caught (the searches run on threads of their own, so a flag the next one consumes).
     * Never set outside tests.
     */
    static final java.util.concurrent.atomic.AtomicBoolean SELFTEST = new java.util.concurrent.atomic.AtomicBoolean();

    private final NautyEngine engine;
    private final long stackBytes;
    private final MemoryBudget budget;
    private final LabelEncoding labels;

    /** Traces on the gadget, with a 1 GiB stack. */
    public NautyAutomorphisms() {
        this(NautyEngine.TRACES);
    }

    public NautyAutomorphisms(NautyEngine engine) {
        this(engine, BigStackThread.DEFAULT_STACK_BYTES);
    }

    public NautyAutomorphisms(NautyEngine engine, long stackBytes) {
        this(engine, stackBytes, MemoryBudget.defaultBudget("the memory budget (--max-memory)"));
    }

    /** With a memory budget for the native search: checked on the encoded graph before the call. */
    public NautyAutomorphisms(NautyEngine engine, long stackBytes, MemoryBudget budget) {
        this(engine, stackBytes, budget, LabelEncoding.SPLIT);
    }

    /** With a choice of label encoding for the Traces gadget (sparsenauty always subdivides). */
    public NautyAutomorphisms(NautyEngine engine, long stackBytes, MemoryBudget budget, LabelEncoding labels) {
        this.labels = Objects.requireNonNull(labels, "label encoding");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.budget = Objects.requireNonNull(budget, "budget");
        if (stackBytes < (1L << 20)) throw new IllegalArgumentException("native search stack must be at least 1 MiB, got " + stackBytes);
        this.stackBytes = stackBytes;
    }

    /**
     * Loads the native library now, on the calling thread, so that a later search does not wait for it; a failure is
     * remembered and reported by that search, with its message.
     */
    public static void preload() {
        try {
            NautyLibrary.instance();
        } catch (NativeLibraryUnavailableException reportedLater) {
            // the search that needs the library throws the same exception
        }
    }

    @Override
    public String name() {
        return engine.encodingName;
    }

    @Override
    public AutomorphismGroup automorphisms(Digraph g) {
        return automorphismsOfEach(List.of(g)).get(0);
    }

    /**
     * All searches on one big-stack thread under one memory watch: the adjective pointer graph leaves 158
     * component groups, and a thread with its watcher per group cost more than the searches themselves.
     */
    @Override
    public List<AutomorphismGroup> automorphismsOfEach(List<Digraph> graphs) {
        List<SparseGraph> encoded = new ArrayList<>(graphs.size());
        SparseGraph largest = null;
        for (Digraph g : graphs) {
            SparseGraph s = encode(Objects.requireNonNull(g, "graph"));
            budget.check(s); // past the budget: an exception here, not an OOM kill in C
            encoded.add(s);
            if (largest == null || s.edgeEntries() + s.n() > largest.edgeEntries() + largest.n()) largest = s;
        }
        if (encoded.isEmpty()) return List.of();
        NautyLibrary library = NautyLibrary.instance(); // fail on a missing library before starting a thread
        SparseGraph watched = largest;
        return BigStackThread.call("geneft-" + engine.name().toLowerCase(), stackBytes,
                () -> budget.watch(watched, () -> {
                    List<AutomorphismGroup> groups = new ArrayList<>(encoded.size());
                    for (int i = 0; i < encoded.size(); i++) groups.add(search(library, encoded.get(i), graphs.get(i).n()));
                    return groups;
                }));
    }

    private SparseGraph encode(Digraph g) {
        SparseGraph encoded;
        if (engine == NautyEngine.SPARSENAUTY) encoded = DigraphEncoding.subdividedDigraph(g, engine.encodingName);
        else if (DigraphEncoding.isUndirected(g)) encoded = DigraphEncoding.undirected(g, UNDIRECTED_NAME);
        else if (g.isLabelled() && labels == LabelEncoding.LAYERED) encoded = DigraphEncoding.layeredGadget(g, engine.encodingName);
        else if (g.isLabelled() && labels == LabelEncoding.SPLIT) encoded = DigraphEncoding.splitGadget(g, engine.encodingName);
        else encoded = DigraphEncoding.undirectedGadget(g, engine.encodingName);
        return encoded;
    }

    private AutomorphismGroup search(NautyLibrary library, SparseGraph s, int originalVertices) {
        double[] grpsize1 = new double[1];
        int[] grpsize2 = new int[1];
        int[] generators = new int[1];
        int[] orbits = new int[s.n()];
        long start = System.nanoTime();
        int rc = library.geneft_automorphisms(engine.code, s.n(), s.edgeEntries(), s.offsets(), s.adj(), s.colour(),
                s.directed() ? 1 : 0, SELFTEST.getAndSet(false) ? 1 : 0, grpsize1, grpsize2, generators, orbits);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rc == NautyLibrary.ERR_VERIFY) throw new WrongAnswerException(failure(rc, s));
        if (rc != NautyLibrary.OK) throw new IllegalStateException(failure(rc, s));

        int[] original = Arrays.copyOf(orbits, originalVertices);
        for (int v = 0; v < originalVertices; v++)
            if (original[v] < 0 || original[v] > v)
                throw new IllegalStateException("nauty put vertex " + v + " in an orbit led by " + original[v]
                        + ": the encoding " + s.encoding() + " is broken");
        double log10 = Math.log10(grpsize1[0]) + grpsize2[0];
        return new AutomorphismGroup(log10, exactOrder(grpsize1[0], grpsize2[0]), generators[0], original,
                s.encoding(), seconds);
    }

    /** grpsize1 * 10^grpsize2 is exact only while it is a whole double below 2^53 with no power of ten. */
    static BigInteger exactOrder(double grpsize1, int grpsize2) {
        if (grpsize2 != 0 || grpsize1 > EXACT_DOUBLE_LIMIT || grpsize1 < 1 || grpsize1 != Math.rint(grpsize1)) return null;
        return BigInteger.valueOf((long) grpsize1);
    }

    private static String failure(int rc, SparseGraph s) {
        String what = switch (rc) {
            case NautyLibrary.ERR_ARGS -> "rejected its arguments";
            case NautyLibrary.ERR_NOMEM -> "ran out of memory";
            case NautyLibrary.ERR_ENGINE -> "reported an error status";
            case NautyLibrary.ERR_VERIFY -> "returned a generator that is not an automorphism of the graph it searched "
                    + "(an engine bug): geneft refuses to report |Aut| from it";
            default -> "returned the unknown code " + rc;
        };
        return "nauty " + what + " on " + s.encoding() + " (" + s.n() + " vertices, " + s.edgeEntries() + " adjacency entries)";
    }
}
