package org.geneft.aut;

import org.geneft.graph.Digraph;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Aut(G) by Debian's bliss or by Traces, each run as a child process ({@code native/geneft_search.cc}) on the encoding
 * the in-process Traces searches, so that either can be stopped by ending its process: neither search can be
 * interrupted in-process, and a crash in it cannot take the JVM down. The child checks every generator against the
 * graph, reads bliss's group size from its exact (GMP) count, and caps its address space at the memory budget.
 * {@link #start} lets two searches run at once (the portfolio).
 */
public final class ChildProcessAutomorphisms implements AutomorphismEngine {
    /** The engines the child program runs. */
    public enum Engine {
        BLISS("bliss", "bliss/gadget", 0), TRACES("traces", "traces-child/gadget", 256L << 20);

        final String word, encodingName;
        /** Address space the program needs beyond the search's own: Traces' thread stack. */
        final long extraBytes;

        Engine(String word, String encodingName, long extraBytes) {
            this.word = word;
            this.encodingName = encodingName;
            this.extraBytes = extraBytes;
        }
    }

    static final String INSTALL_HINT = "install Debian's libbliss-dev, libnauty2-dev and g++ and rebuild";
    /** What the child itself needs beside the search: its code, libraries and stdio. */
    private static final long PROGRAM_BYTES = 64L << 20;
    private static final String RESOURCE = "linux-x86-64/geneft-search";

    /** For the check's own tests only: the next search has its first generator corrupted in the child. */
    static final java.util.concurrent.atomic.AtomicBoolean SELFTEST = new java.util.concurrent.atomic.AtomicBoolean();

    private final Engine engine;
    private final MemoryBudget budget;
    private final LabelEncoding labels;
    private final long capBytes;

    /** The child's address space is capped at the budget plus what the program itself maps. */
    public ChildProcessAutomorphisms(Engine engine, MemoryBudget budget, LabelEncoding labels) {
        this(engine, budget, labels, budget.bytes() + PROGRAM_BYTES + engine.extraBytes);
    }

    /** With another cap on the child's address space (for the tests of the cap). */
    ChildProcessAutomorphisms(Engine engine, MemoryBudget budget, LabelEncoding labels, long capBytes) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.labels = Objects.requireNonNull(labels, "label encoding");
        if (capBytes <= 0) throw new IllegalArgumentException("the address-space cap must be positive");
        this.capBytes = capBytes;
    }

    @Override
    public String name() {
        return engine.encodingName;
    }

    /** The address space of this engine's child for a search of {@code searchBytes}: the program's mappings added. */
    long addressSpaceFor(long searchBytes) {
        return searchBytes + PROGRAM_BYTES + engine.extraBytes;
    }

    /** The same engine with its child's address space capped at {@code bytes}, if that is below its own cap. */
    ChildProcessAutomorphisms capped(long bytes) {
        return bytes >= capBytes ? this : new ChildProcessAutomorphisms(engine, budget, labels, bytes);
    }

    @Override
    public AutomorphismGroup automorphisms(Digraph g) {
        return start(g).await();
    }

    /** A search started in its child process: {@link #await} its answer, or {@link #stop} it. */
    public final class Running {
        private final Process process;
        private final SparseGraph graph;
        private final int originalVertices;
        private final long started;

        private Running(Process process, SparseGraph graph, int originalVertices, long started) {
            this.process = process;
            this.graph = graph;
            this.originalVertices = originalVertices;
            this.started = started;
        }

        /** Blocks until the child answers; the child is gone afterwards, whatever happened. */
        public AutomorphismGroup await() {
            return read(process, graph, originalVertices, started);
        }

        /** Ends the child now (a no-op once it has exited). */
        public void stop() {
            process.destroyForcibly();
        }
    }

    /** Encodes g, checks the estimate against the budget, and starts the child with the graph on its stdin. */
    public Running start(Digraph g) {
        return start(encode(Objects.requireNonNull(g, "graph")), g.n());
    }

    /** g in the encoding this engine searches: the in-process Traces' (NautyAutomorphisms), under this engine's name. */
    SparseGraph encode(Digraph g) {
        String name = engine.encodingName;
        if (DigraphEncoding.isUndirected(g)) return DigraphEncoding.undirected(g, name.replace("/gadget", "/undirected"));
        if (g.isLabelled() && labels == LabelEncoding.LAYERED) return DigraphEncoding.layeredGadget(g, name);
        if (g.isLabelled() && labels == LabelEncoding.SPLIT) return DigraphEncoding.splitGadget(g, name);
        return DigraphEncoding.undirectedGadget(g, name);
    }

    /**
     * A graph another child engine encoded, under this engine's name: both search the same encoding of the same
     * labels ({@link #encode}), so a race encodes once.
     */
    SparseGraph renamed(SparseGraph encodedByOther) {
        String e = encodedByOther.encoding(), mine = engine.encodingName;
        return new SparseGraph(encodedByOther.n(), encodedByOther.offsets(), encodedByOther.adj(), encodedByOther.colour(),
                encodedByOther.directed(), mine.substring(0, mine.indexOf('/')) + e.substring(e.indexOf('/')));
    }

    /** Starts the child on a graph in this engine's encoding ({@link #encode}), refused past the budget's estimate. */
    Running start(SparseGraph s, int originalVertices) {
        budget.check(s); // past the estimate: refused before a process starts
        long started = System.nanoTime();
        Process p;
        try {
            List<String> command = new ArrayList<>(List.of(program().toString(), engine.word, Long.toString(capBytes)));
            if (SELFTEST.getAndSet(false)) command.add("selftest");
            p = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new NativeLibraryUnavailableException("cannot start " + engine.word + " (" + e.getMessage() + "): "
                    + INSTALL_HINT, e);
        }
        // The child reads its whole input before it writes, so the input is written here, before anyone reads.
        try (OutputStream out = new BufferedOutputStream(p.getOutputStream(), 1 << 16)) {
            write(out, s);
        } catch (IOException e) {
            p.destroyForcibly();
            throw new UncheckedIOException("writing the graph to " + engine.word + ": " + e.getMessage(), e);
        }
        return new Running(p, s, originalVertices, started);
    }

    private AutomorphismGroup read(Process p, SparseGraph s, int originalVertices, long start) {
        try {
            int[] orbits = new int[s.n()];
            double grpsize1;
            int grpsize2, generators;
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(p.getInputStream(), 1 << 16))) {
                int status = readInt(in);
                if (status == NautyLibrary.ERR_VERIFY) throw new WrongAnswerException(failure(status, s));
                if (status == NautyLibrary.ERR_NOMEM) throw outOfMemory(failure(status, s));
                if (status != NautyLibrary.OK) throw new IllegalStateException(failure(status, s));
                grpsize1 = readDouble(in);
                grpsize2 = readInt(in);
                generators = readInt(in);
                for (int v = 0; v < orbits.length; v++) orbits[v] = readInt(in);
            }
            int exit = p.waitFor();
            if (exit != 0) throw new IllegalStateException(engine.word + " exited with status " + exit + " on " + s.encoding());
            double seconds = (System.nanoTime() - start) / 1e9;
            int[] original = Arrays.copyOf(orbits, originalVertices);
            for (int v = 0; v < originalVertices; v++)
                if (original[v] < 0 || original[v] > v)
                    throw new IllegalStateException(engine.word + " put vertex " + v + " in an orbit led by " + original[v]);
            return new AutomorphismGroup(Math.log10(grpsize1) + grpsize2, NautyAutomorphisms.exactOrder(grpsize1, grpsize2),
                    generators, original, s.encoding(), seconds);
        } catch (EOFException e) {
            String status = exitStatus(p), said = errors(p);
            String what = engine.word + " ended before its answer on " + s.encoding() + " (" + s.n() + " vertices), exit status "
                    + status + (said.isEmpty() ? "" : ": " + said);
            // bliss asserts "Mem out" where its own allocation fails under the cap (SIGABRT, 134); nauty's own
            // allocation failures end the process with a message naming malloc.
            String lower = said.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("mem out") || lower.contains("bad_alloc") || lower.contains("malloc")) throw outOfMemory(what);
            throw new IllegalStateException(what, e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + engine.word + "'s answer on " + s.encoding() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + engine.word + " searched " + s.encoding(), e);
        } finally {
            p.destroyForcibly(); // a no-op once it has exited; otherwise the search stops here
        }
    }

    private MemoryBudgetExceededException outOfMemory(String what) {
        return new MemoryBudgetExceededException(what + "; its address space is capped at " + MemoryBudget.human(capBytes)
                + " (the memory budget and the program): raise it (--max-memory)");
    }

    /** What the child said on stderr (a line or two at most), trimmed. */
    private static String errors(Process p) {
        try (InputStream err = p.getErrorStream()) {
            return new String(err.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static String exitStatus(Process p) {
        try {
            return Integer.toString(p.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** The graph in the child's format: int32 n, int64 nde, int64 offsets, int32 adj, int32 colour, int32 directed. */
    static void write(OutputStream out, SparseGraph s) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.nativeOrder());
        b.putInt(s.n()).putLong(s.edgeEntries());
        for (long o : s.offsets()) b = put(out, b, 8).putLong(o);
        for (int a : s.adj()) b = put(out, b, 4).putInt(a);
        for (int c : s.colour()) b = put(out, b, 4).putInt(c);
        put(out, b, 4).putInt(s.directed() ? 1 : 0);
        out.write(b.array(), 0, b.position());
    }

    /** Flushes the buffer to out when fewer than {@code need} bytes are left. */
    private static ByteBuffer put(OutputStream out, ByteBuffer b, int need) throws IOException {
        if (b.remaining() < need) {
            out.write(b.array(), 0, b.position());
            b.clear();
        }
        return b;
    }

    private static int readInt(DataInputStream in) throws IOException {
        byte[] a = new byte[4];
        in.readFully(a);
        return ByteBuffer.wrap(a).order(ByteOrder.nativeOrder()).getInt();
    }

    private static double readDouble(DataInputStream in) throws IOException {
        byte[] a = new byte[8];
        in.readFully(a);
        return ByteBuffer.wrap(a).order(ByteOrder.nativeOrder()).getDouble();
    }

    private String failure(int status, SparseGraph s) {
        String what = switch (status) {
            case NautyLibrary.ERR_ARGS -> "rejected its input";
            case NautyLibrary.ERR_NOMEM -> "ran out of memory";
            case NautyLibrary.ERR_ENGINE -> engine == Engine.BLISS ? "gave no exact group size (a bliss built without GMP?)"
                    : "reported an error status";
            case NautyLibrary.ERR_VERIFY -> "returned a generator that is not an automorphism of the graph it searched "
                    + "(an engine bug): geneft refuses to report |Aut| from it";
            default -> "returned the unknown status " + status;
        };
        return engine.word + " " + what + " on " + s.encoding() + " (" + s.n() + " vertices, " + s.edgeEntries()
                + " adjacency entries)";
    }

    /**
     * The child program: in the directory the launcher names ({@code -Dgeneft.native-dir}, the build's own copy), on the
     * class path's file system, or copied once out of the jar into an executable file.
     */
    static synchronized Path program() {
        if (program != null) return program;
        String dir = System.getProperty("geneft.native-dir");
        if (dir != null) {
            Path built = Path.of(dir, "geneft-search");
            if (Files.isRegularFile(built) && Files.isExecutable(built)) return program = built;
        }
        URL url = ChildProcessAutomorphisms.class.getClassLoader().getResource(RESOURCE);
        if (url == null) throw new NativeLibraryUnavailableException("geneft-search is not built: " + INSTALL_HINT, null);
        try {
            if (url.getProtocol().equals("file")) program = Path.of(url.toURI());
            else {
                Path tmp = Files.createTempFile("geneft-search", "");
                try (InputStream in = url.openStream()) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                if (!tmp.toFile().setExecutable(true, true))
                    throw new IOException("cannot make " + tmp + " executable");
                tmp.toFile().deleteOnExit();
                program = tmp;
            }
        } catch (IOException | URISyntaxException e) {
            throw new NativeLibraryUnavailableException("cannot prepare geneft-search: " + e.getMessage(), e);
        }
        return program;
    }

    private static Path program;

    /** The groups of several graphs, one child each. */
    @Override
    public List<AutomorphismGroup> automorphismsOfEach(List<Digraph> graphs) {
        List<AutomorphismGroup> out = new ArrayList<>(graphs.size());
        for (Digraph g : graphs) out.add(automorphisms(g));
        return out;
    }
}
