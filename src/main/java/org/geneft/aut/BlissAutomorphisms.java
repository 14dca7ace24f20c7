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
 * Aut(G) by Debian's bliss, run as a child process ({@code native/geneft_bliss.cc}) on the same encoding Traces
 * searches, so that both engines answer for one graph and either can be stopped by ending its process: bliss's search
 * cannot be interrupted in-process, and a crash in it cannot take the JVM down. The child checks every generator
 * against the graph (as the nauty shim does) and reads the group's size from bliss's exact (GMP) count; its address
 * space is capped at the memory budget.
 */
public final class BlissAutomorphisms implements AutomorphismEngine {
    static final String NAME = "bliss/gadget";
    static final String INSTALL_HINT = "install Debian's libbliss-dev and g++ (apt-get install libbliss-dev g++) and rebuild";
    /** What the child itself needs beside the search: its code, libraries and stdio. */
    private static final long PROGRAM_BYTES = 64L << 20;
    private static final String RESOURCE = "linux-x86-64/geneft-bliss";

    /** For the check's own tests only: the next search has its first generator corrupted in the child. */
    static final java.util.concurrent.atomic.AtomicBoolean SELFTEST = new java.util.concurrent.atomic.AtomicBoolean();

    private final MemoryBudget budget;
    private final LabelEncoding labels;
    private final long capBytes;

    /** The child's address space is capped at the budget plus what the program itself maps. */
    public BlissAutomorphisms(MemoryBudget budget, LabelEncoding labels) {
        this(budget, labels, budget.bytes() + PROGRAM_BYTES);
    }

    /** With another cap on the child's address space (for the tests of the cap). */
    BlissAutomorphisms(MemoryBudget budget, LabelEncoding labels, long capBytes) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.labels = Objects.requireNonNull(labels, "label encoding");
        if (capBytes <= 0) throw new IllegalArgumentException("the address-space cap must be positive");
        this.capBytes = capBytes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AutomorphismGroup automorphisms(Digraph g) {
        SparseGraph s = encode(Objects.requireNonNull(g, "graph"));
        budget.check(s); // past the estimate: refused before a process starts
        return search(s, g.n());
    }

    private SparseGraph encode(Digraph g) {
        if (DigraphEncoding.isUndirected(g)) return DigraphEncoding.undirected(g, "bliss/undirected");
        if (g.isLabelled() && labels == LabelEncoding.LAYERED) return DigraphEncoding.layeredGadget(g, NAME);
        if (g.isLabelled() && labels == LabelEncoding.SPLIT) return DigraphEncoding.splitGadget(g, NAME);
        return DigraphEncoding.undirectedGadget(g, NAME);
    }

    private AutomorphismGroup search(SparseGraph s, int originalVertices) {
        long start = System.nanoTime();
        Process p;
        try {
            List<String> command = new ArrayList<>(List.of(program().toString(),
                    Long.toString(capBytes)));
            if (SELFTEST.getAndSet(false)) command.add("selftest");
            p = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new NativeLibraryUnavailableException("cannot start bliss (" + e.getMessage() + "): " + INSTALL_HINT, e);
        }
        try {
            // The child reads its whole input before it writes, so writing first cannot deadlock.
            try (OutputStream out = new BufferedOutputStream(p.getOutputStream(), 1 << 16)) {
                write(out, s);
            }
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
            if (exit != 0) throw new IllegalStateException("bliss exited with status " + exit + " on " + s.encoding());
            double seconds = (System.nanoTime() - start) / 1e9;
            int[] original = Arrays.copyOf(orbits, originalVertices);
            for (int v = 0; v < originalVertices; v++)
                if (original[v] < 0 || original[v] > v)
                    throw new IllegalStateException("bliss put vertex " + v + " in an orbit led by " + original[v]);
            return new AutomorphismGroup(Math.log10(grpsize1) + grpsize2, NautyAutomorphisms.exactOrder(grpsize1, grpsize2),
                    generators, original, s.encoding(), seconds);
        } catch (EOFException e) {
            String status = exitStatus(p), said = errors(p);
            String what = "bliss ended before its answer on " + s.encoding() + " (" + s.n() + " vertices), exit status "
                    + status + (said.isEmpty() ? "" : ": " + said);
            // bliss asserts "Mem out" where its own allocation fails under the cap (SIGABRT, 134).
            if (said.contains("Mem out") || said.contains("bad_alloc")) throw outOfMemory(what);
            throw new IllegalStateException(what, e);
        } catch (IOException e) {
            throw new UncheckedIOException("talking to bliss on " + s.encoding() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while bliss searched " + s.encoding(), e);
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

    private static String failure(int status, SparseGraph s) {
        String what = switch (status) {
            case NautyLibrary.ERR_ARGS -> "rejected its input";
            case NautyLibrary.ERR_NOMEM -> "ran out of memory";
            case NautyLibrary.ERR_ENGINE -> "gave no exact group size (a bliss built without GMP?)";
            case NautyLibrary.ERR_VERIFY -> "returned a generator that is not an automorphism of the graph it searched "
                    + "(an engine bug): geneft refuses to report |Aut| from it";
            default -> "returned the unknown status " + status;
        };
        return "bliss " + what + " on " + s.encoding() + " (" + s.n() + " vertices, " + s.edgeEntries()
                + " adjacency entries)";
    }

    /** The child program: on the class path's file system, or copied once out of the jar into an executable file. */
    static synchronized Path program() {
        if (program != null) return program;
        URL url = BlissAutomorphisms.class.getClassLoader().getResource(RESOURCE);
        if (url == null) throw new NativeLibraryUnavailableException("geneft-bliss is not built: " + INSTALL_HINT, null);
        try {
            if (url.getProtocol().equals("file")) program = Path.of(url.toURI());
            else {
                Path tmp = Files.createTempFile("geneft-bliss", "");
                try (InputStream in = url.openStream()) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                if (!tmp.toFile().setExecutable(true, true))
                    throw new IOException("cannot make " + tmp + " executable");
                tmp.toFile().deleteOnExit();
                program = tmp;
            }
        } catch (IOException | URISyntaxException e) {
            throw new NativeLibraryUnavailableException("cannot prepare geneft-bliss: " + e.getMessage(), e);
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
