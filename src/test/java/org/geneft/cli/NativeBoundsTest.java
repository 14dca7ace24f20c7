package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * geneft-bounds (native/geneft_bounds.c), the JVM-less `bounds` on triple files: field by field the JSON, and character
 * by character the table, of `bounds --engine traces-unreduced`, which computes the same thing in Java, on graphs of
 * every shape its code distinguishes; and the race with the JVM beside it (a stand-in shell command here), whose answer
 * is taken whenever the native side declines.
 */
class NativeBoundsTest {
    private static Path program;

    @TempDir
    Path dir;

    @BeforeAll
    static void locate() throws URISyntaxException {
        URL url = NativeBoundsTest.class.getResource("/linux-x86-64/geneft-bounds");
        assertThat(url).as("geneft-bounds is built by mvn's process-resources (native/Makefile)").isNotNull();
        program = Path.of(url.toURI());
    }

    /** What the program printed and returned. */
    private record Run(int exit, String out, String err) { }

    /** Runs geneft-bounds with a stand-in for the JVM: a shell command that gets the bounds arguments as $1, $2, ... */
    private static Run run(String jvmScript, List<String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(program.toString(), "--jvm", "sh", "-c", jvmScript, "jvm", "--"));
        command.add("bounds");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        for (String e : env) pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** A JVM that never answers: whatever is printed is the native side's. */
    private static final String SILENT_JVM = "sleep 20; exit 9";

    private static JsonNode nativeJson(Path file, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(file.toString(), "--json"));
        args.addAll(List.of(more));
        Run r = run(SILENT_JVM, List.of("GENEFT_NATIVE_BUDGET=30"), args.toArray(String[]::new));
        assertThat(r.exit()).as("native run on %s: %s", file, r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }

    private static JsonNode javaJson(Path file, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("bounds", file.toString(), "--json", "--engine", "traces-unreduced"));
        args.addAll(List.of(more));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return r.json();
    }

    /**
     * The same keys in the same order, the same strings, booleans, nulls and integers, and doubles to 1e-12 relative:
     * log2 n! comes from glibc's lgamma natively and from Hipparchus' logGamma in Java, which differ in the last bits
     * (44271.32539057953 against ...951 on GO's cellular-component slice, 5e-16 relative), and b, p_c and the transition
     * fraction inherit that; a wrong formula or count is off by far more. The search's wall time is not compared.
     */
    private static void assertSame(JsonNode expected, JsonNode actual, String where) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(where).isTrue();
            List<String> keys = new ArrayList<>(), actualKeys = new ArrayList<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(actualKeys::add);
            assertThat(actualKeys).as(where + " keys").containsExactlyElementsOf(keys);
            for (String k : keys)
                if (!k.equals("aut_seconds")) assertSame(expected.get(k), actual.get(k), where + "." + k);
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(where + " length").isEqualTo(expected.size());
            Iterator<JsonNode> a = actual.elements();
            int i = 0;
            for (JsonNode e : expected) assertSame(e, a.next(), where + "[" + i++ + "]");
        } else if (expected.isIntegralNumber()) {
            assertThat(actual.isIntegralNumber()).as(where + " integral").isTrue();
            assertThat(actual.asLong()).as(where).isEqualTo(expected.asLong());
        } else if (expected.isNumber()) {
            double e = expected.asDouble(), x = actual.asDouble();
            assertThat(Math.abs(e - x)).as(where + ": " + e + " vs " + x).isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(e)));
        } else {
            assertThat(actual).as(where).isEqualTo(expected);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** A seeded knowledge graph: hubs with power-law-ish degrees, a few relations, symmetric pairs, repeated triples. */
    private static String knowledgeGraph(long seed, int entities, int triples, int relations) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < triples; i++) {
            int h = (int) (entities * Math.pow(r.nextDouble(), 2)), t = r.nextInt(entities), rel = r.nextInt(relations);
            sb.append("e").append(h).append('\t').append("rel ").append(rel).append('\t').append("e").append(t).append('\n');
            if (i % 7 == 0) sb.append("e").append(t).append('\t').append("rel ").append(rel).append('\t').append("e").append(h).append('\n');
            if (i % 11 == 0) sb.append("e").append(h).append('\t').append("rel ").append(rel).append('\t').append("e").append(t).append('\n');
        }
        // Leaves hanging off one hub under one label: symmetry for Traces to find.
        for (int i = 0; i < 12; i++) sb.append("hub\tleaf of\tleaf").append(i).append('\n');
        return sb.toString();
    }

    @Test
    void labelledKnowledgeGraphsGiveTheJavaAnswerFieldByField() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            Path f = write("kg" + seed + ".tsv", knowledgeGraph(seed, 300 + 200 * (int) seed, 900, 1 + (int) seed));
            JsonNode expected = javaJson(f, "--alpha", "0.9", "--alpha", "0.99");
            assertSame(expected, nativeJson(f, "--alpha", "0.9", "--alpha", "0.99"), f.getFileName().toString());
            assertThat(expected.get("aut_orbits").asInt()).isLessThan(expected.get("n").asInt()); // some symmetry was found
        }
    }

    @Test
    void everyEncodingAndEveryClassOfThePaperGivesTheJavaAnswer() throws Exception {
        StringBuilder equivalence = new StringBuilder(), order = new StringBuilder(), bipartite = new StringBuilder(),
                digraph = new StringBuilder(), loops = new StringBuilder();
        int[] classOf = {0, 0, 0, 1, 1, 2, 2, 2, 2, 3, 3, 3};
        for (int i = 0; i < classOf.length; i++)
            for (int j = 0; j < classOf.length; j++) {
                if (classOf[i] == classOf[j]) equivalence.append(i).append(" eq ").append(j).append('\n');
                if (i > j) order.append(i).append(" gt ").append(j).append('\n');
                if ((i < 5) != (j < 5)) bipartite.append(i).append(" x ").append(j).append('\n');
            }
        // One relation, not symmetric: the 3-vertex gadget; a directed cycle with chords, loops on some vertices.
        for (int i = 0; i < 10; i++) {
            digraph.append(i).append("\tnext\t").append((i + 1) % 10).append('\n');
            if (i % 2 == 0) digraph.append(i).append("\tnext\t").append((i + 3) % 10).append('\n');
        }
        // Symmetric, one relation, with loops: the undirected encoding with loops as colours.
        for (int i = 0; i < 9; i++) {
            loops.append(i).append(" adj ").append((i + 1) % 9).append('\n').append((i + 1) % 9).append(" adj ").append(i).append('\n');
            if (i % 3 == 0) loops.append(i).append(" adj ").append(i).append('\n');
        }
        String[][] cases = {
                {"equivalence.triples", equivalence.toString(), "equivalence"},
                {"order.tsv", order.toString(), "total_order"},
                {"bipartite.tsv", bipartite.toString(), "complete_bipartite"},
                {"cycle.tsv", digraph.toString(), null},
                {"loops.tsv", loops.toString(), null}};
        for (String[] c : cases) {
            Path f = write(c[0], c[1]);
            JsonNode expected = javaJson(f);
            if (c[2] != null) assertThat(expected.at("/properties/class/kind").asText()).isEqualTo(c[2]);
            assertSame(expected, nativeJson(f), c[0]);
        }
        assertThat(javaJson(dir.resolve("loops.tsv")).get("engine").asText()).isEqualTo("traces/undirected");
        assertThat(javaJson(dir.resolve("cycle.tsv")).get("engine").asText()).isEqualTo("traces/gadget");
    }

    /** The table of a native run, and of `bounds FILE --engine traces-unreduced` in Java. */
    private static String nativeTable(Path file) throws Exception {
        Run r = run(SILENT_JVM, List.of("GENEFT_NATIVE_BUDGET=30"), file.toString());
        assertThat(r.exit()).as("native run on %s: %s", file, r.err()).isZero();
        return r.out();
    }

    private static String javaTable(Path file) {
        CliRun r = CliRun.of("bounds", file.toString(), "--engine", "traces-unreduced");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    /** The search's wall time, the one figure of the table the two runs do not share. */
    private static String withoutSeconds(String table) {
        return table.replaceAll(", [0-9.]+ s\\)", ", T s)");
    }

    @Test
    void theTableIsTheJavaTableCharacterForCharacter() throws Exception {
        // An unlabelled digraph on 11 vertices: N = 121, so m = 0.25 N = 30.25 is an exact tie at one decimal, which
        // Java's Formatter rounds half up (30.3) and C's printf to even (30.2).
        StringBuilder odd = new StringBuilder();
        for (int i = 0; i < 11; i++) odd.append(i).append("\tnext\t").append((i + 1) % 11).append('\n');
        Path cycle = write("cycle11.tsv", odd.toString());
        StringBuilder classes = new StringBuilder();
        int[] classOf = {0, 0, 1, 1, 1, 2};
        for (int i = 0; i < classOf.length; i++)
            for (int j = 0; j < classOf.length; j++)
                if (classOf[i] == classOf[j]) classes.append(i).append(" eq ").append(j).append('\n');
        Path equivalence = write("eq.tsv", classes.toString());
        Path kg = write("kg.tsv", knowledgeGraph(7, 400, 900, 3));
        for (Path f : List.of(cycle, equivalence, kg)) {
            String expected = javaTable(f);
            assertThat(withoutSeconds(nativeTable(f))).as(f.getFileName().toString()).isEqualTo(withoutSeconds(expected));
        }
        assertThat(javaTable(cycle)).contains("30.3").doesNotContain("30.2 ");
        assertThat(javaTable(equivalence)).contains("-> equivalence with 3 classes (sizes 2,3,1)");
    }

    @Test
    void theReadingRulesAreTheJavaReadersOwn() throws Exception {
        // '#' inside fields is data, a fourth tab field starting with '#' is a comment, names keep their spaces and
        // non-ASCII letters, a byte-order mark and Windows line ends are dropped, comment and blank lines skipped.
        String tabs = "\uFEFF# WordNet-like pointers\r\n"
                + "Room #9\t#m\tBuilding A\r\n"
                + "  Room #9 \t #m\tBuilding A\t# the same triple, trimmed\r\n"
                + "\r\n"
                + "<http://example.org/onto#Cat>\t#s\tÉcole normale\r\n"
                + "Building A\t@\tÉcole normale\r\n"
                + "École normale\t@\tRoom #9\n";
        Path f = write("tabs.tsv", tabs);
        JsonNode expected = javaJson(f);
        assertThat(expected.get("n").asInt()).isEqualTo(4);
        assertThat(expected.get("arcs").asInt()).isEqualTo(4);
        assertSame(expected, nativeJson(f), "tabs.tsv");
        // Without a tab in the first triple: runs of whitespace, and a trailing '#' token is a comment.
        Path w = write("spaces.triples", "a r b\n  b   r c   # note\nc\ts\ta\n");
        assertSame(javaJson(w), nativeJson(w), "spaces.triples");
    }

    @Test
    void gzipIsReadByItsMagicBytesWhateverTheName() throws Exception {
        String text = knowledgeGraph(9, 200, 500, 3);
        Path gz = dir.resolve("kg.tsv.gz"), disguised = dir.resolve("plain-name.tsv");
        for (Path p : List.of(gz, disguised))
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        Path plain = write("kg-plain.tsv", text);
        JsonNode expected = javaJson(plain);
        for (Path p : List.of(gz, disguised)) {
            JsonNode actual = nativeJson(p);
            assertThat(actual.get("source").asText()).isEqualTo(p.toString());
            ((com.fasterxml.jackson.databind.node.ObjectNode) actual).put("source", plain.toString());
            assertSame(expected, actual, p.getFileName().toString());
        }
    }

    @Test
    void whateverItDeclinesTheJvmAnswersWithItsOwnOutputAndExitCode() throws Exception {
        String jvm = "printf 'jvm answered:'; printf ' %s' \"$@\"; exit 7";
        Path good = write("good.tsv", "a\tr\tb\n");
        Path bad = write("bad.tsv", "a\tr\tb\nc\tr\n");
        Path badUtf8 = dir.resolve("bad-utf8.tsv");
        Files.write(badUtf8, new byte[] {'a', '\t', 'r', '\t', (byte) 0xC3, '\n'});
        String[][] declined = {
                {bad.toString(), "--json"},                      // a malformed line: the JVM names it
                {badUtf8.toString(), "--json"},                  // not UTF-8
                {good.toString(), "--csv", dir.resolve("c.csv").toString()}, // files are written by the JVM only
                {good.toString(), "--json", "--monte-carlo"},    // an option it does not know
                {good.toString(), "--json", "--engine", "bliss"},
                {"-", "--json", "--format", "triples"},          // standard input
                {dir.resolve("missing.tsv").toString(), "--json"},
                {write("g.edges", "0 1\n").toString(), "--json"}, // not a triple file
                {good.toString(), "--json", "--alpha", "1.5"},   // out of range: the JVM says so
                {good.toString(), "--json", "--json"},           // given twice: the JVM says so
                {good.toString(), "--json", "--format", "triples", "--format=triples"}};
        for (String[] args : declined) {
            Run r = run(jvm, List.of(), args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(7);
            assertThat(r.out()).as(String.join(" ", args)).isEqualTo("jvm answered: bounds " + String.join(" ", args));
        }
    }

    @Test
    void aPipeIsLeftWholeToTheJvm() throws Exception {
        // Two readers of a pipe would each get a part of it: the JVM (here a stand-in that prints what it reads) must
        // get every byte.
        Path fifo = dir.resolve("kg.tsv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        String text = knowledgeGraph(11, 300, 2000, 2);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Run r = run("sleep 0.5; cat \"$2\"", List.of(), fifo.toString(), "--json");
        writer.join(10_000);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(text);
    }

    @Test
    void pastItsBudgetTheJvmAnswers() throws Exception {
        Path f = write("kg.tsv", knowledgeGraph(3, 400, 900, 2));
        Run r = run("sleep 0.5; echo jvm; exit 0", List.of("GENEFT_NATIVE_BUDGET=0"), f.toString(), "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("jvm\n");
    }

    @Test
    void theFirstWholeAnswerWinsAndTheOtherProcessIsEnded() throws Exception {
        Path f = write("kg.tsv", knowledgeGraph(5, 400, 900, 2));
        Path pid = dir.resolve("jvm.pid");
        // The native side answers first: the JVM stand-in, still sleeping, is ended with its whole process group.
        Run r = run("echo $$ > " + pid + "; sleep 60 & wait", List.of(), f.toString(), "--json");
        assertThat(r.exit()).isZero();
        assertThat(Json.mapper().readTree(r.out()).get("engine").asText()).isEqualTo("traces/gadget+split-labels");
        long jvm = Long.parseLong(Files.readString(pid).trim());
        assertThat(ProcessHandle.of(jvm).map(ProcessHandle::isAlive).orElse(false)).as("the JVM stand-in is ended").isFalse();
        // The JVM answers first (the native side is given a graph far bigger than it reads in the JVM's time).
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 400_000; i++) big.append("e").append(i).append("\tr\te").append(i * 7 % 400_001).append('\n');
        Path large = write("large.tsv", big.toString());
        Run first = run("echo jvm first", List.of("GENEFT_NATIVE_BUDGET=30"), large.toString(), "--json");
        assertThat(first.out()).isEqualTo("jvm first\n");
        assertThat(first.exit()).isZero();
    }
}
