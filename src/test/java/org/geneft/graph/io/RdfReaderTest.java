package org.geneft.graph.io;

import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.geneft.graph.io.GraphFiles.write;

/** Issue 18: the formats knowledge graphs are published in, gzip and standard input. */
class RdfReaderTest {
    @TempDir
    Path dir;

    private static final String NT = """
            # a comment line
            <http://e.org/o#Cat> <http://e.org/o#is> <http://e.org/o#Animal> .
            <http://e.org/o#Dog> <http://e.org/o#is> <http://e.org/o#Animal> .
            <http://e.org/o#Cat> <http://e.org/o#name> "Katze"@de .
            _:b0 <http://e.org/o#is> <http://e.org/o#Animal> .
            <http://e.org/o#Größe> <http://e.org/o#is> "Room #9" .
            """;

    /** The direct names of plain IRIs are Jena's own: random IRIs over printable ASCII, escaped and non-ASCII characters. */
    @Test
    void namesAreJenasNTriplesFormsForEveryIri() {
        String alphabet = "aZ09:/#?&=%-._~!$'()*+,;@[] \"<>\\{}|^`\u00e9\u00df\u4e2d\u0007\u007f";
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        int plain = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder iri = new StringBuilder("http://e.org/");
            int len = r.nextInt(12);
            // Half the IRIs only from the first 27 characters (all plain), so both paths are exercised often.
            int span = r.nextBoolean() ? 27 : alphabet.length();
            for (int i = 0; i < len; i++) iri.append(alphabet.charAt(r.nextInt(span)));
            org.apache.jena.graph.Node node = org.apache.jena.graph.NodeFactory.createURI(iri.toString());
            String expected = org.apache.jena.riot.out.NodeFmtLib.strNT(node);
            assertThat(RdfReader.name(node)).as(iri.toString()).isEqualTo(expected);
            if (expected.equals("<" + iri + ">")) plain++;
        }
        assertThat(plain).as("IRIs written unchanged").isBetween(5_000, 19_000);
        // Blank nodes and literals keep Jena's form.
        org.apache.jena.graph.Node literal = org.apache.jena.graph.NodeFactory.createLiteralLang("K\"atze", "de");
        assertThat(RdfReader.name(literal)).isEqualTo(org.apache.jena.riot.out.NodeFmtLib.strNT(literal));
    }

    @Test
    void nTriplesGiveLabelledArcsWithIrisBlankNodesAndLiteralsAsVertices() throws Exception {
        Digraph g = GraphReaders.read(write(dir, "kg.nt", NT), ReadLimits.DEFAULT);
        // Cat, Animal, Dog, "Katze"@de, _:b0, Größe, "Room #9"
        assertThat(g.n()).isEqualTo(7);
        assertThat(g.labelNames()).containsExactlyInAnyOrder("<http://e.org/o#is>", "<http://e.org/o#name>");
        java.util.List<String> names = java.util.stream.IntStream.range(0, g.n()).mapToObj(g::vertexName).toList();
        assertThat(names).contains("<http://e.org/o#Cat>", "\"Katze\"@de", "\"Room #9\"", "<http://e.org/o#Größe>");
    }

    @Test
    void turtleAndNQuadsReadTheSameGraph() throws Exception {
        Digraph nt = GraphReaders.read(write(dir, "kg.nt", NT), ReadLimits.DEFAULT);
        Digraph ttl = GraphReaders.read(write(dir, "kg.ttl", """
                @prefix o: <http://e.org/o#> .
                o:Cat o:is o:Animal ; o:name "Katze"@de .
                o:Dog o:is o:Animal .
                [] o:is o:Animal .
                o:Größe o:is "Room #9" .
                """), ReadLimits.DEFAULT);
        Digraph nq = GraphReaders.read(write(dir, "kg.nq", NT.replace(" .\n", " <http://e.org/g1> .\n")), ReadLimits.DEFAULT);
        for (Digraph g : new Digraph[] {ttl, nq}) {
            assertThat(g.n()).isEqualTo(nt.n());
            assertThat(g.labelNames()).containsExactlyInAnyOrderElementsOf(nt.labelNames());
        }
    }

    @Test
    void aMalformedStatementIsBadInputAtItsLine() throws Exception {
        Path f = write(dir, "bad.nt", "<http://e.org/a> <http://e.org/r> <http://e.org/b> .\n<http://e.org/a> <http://e.org/r> .\n");
        assertThatThrownBy(() -> GraphReaders.read(f, ReadLimits.DEFAULT))
                .isInstanceOfSatisfying(GraphInputException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("bad.nt:2");
        Path ttl = write(dir, "bad.ttl", "@prefix o: <http://e.org/o#> .\no:a o:r .\n");
        assertThatThrownBy(() -> GraphReaders.read(ttl, ReadLimits.DEFAULT)).isInstanceOf(GraphInputException.class)
                .hasMessageContaining("bad.ttl:2");
        assertThatThrownBy(() -> GraphReaders.read(write(dir, "empty.nt", "# nothing\n"), ReadLimits.DEFAULT))
                .hasMessageContaining("no triples");
    }

    @Test
    void gzipIsReadByItsMagicBytesWhateverTheFormat() throws Exception {
        Path gz = dir.resolve("kg.nt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(NT.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(GraphFormat.detect(gz)).isEqualTo(GraphFormat.NTRIPLES);
        assertThat(GraphReaders.read(gz, ReadLimits.DEFAULT).n()).isEqualTo(7);
        Path tsv = dir.resolve("train.tsv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tsv))) {
            o.write("a\tr\tRoom #9\nb\tr\tRoom #10\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(GraphReaders.read(tsv, ReadLimits.DEFAULT).n()).isEqualTo(4);
    }

    @Test
    void aDamagedGzipFileIsBadInputWithAReasonNotNull() throws Exception {
        Path garbage = GraphFiles.writeBytes(dir, "g.tsv", new byte[] {0x1f, (byte) 0x8b, 8, 'x', 'y'});
        assertThatThrownBy(() -> GraphReaders.read(garbage, GraphFormat.TRIPLES, ReadLimits.DEFAULT))
                .isInstanceOf(GraphInputException.class).hasMessageContaining("not a readable gzip stream")
                .hasMessageNotContaining("null");
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(b)) {
            for (int i = 0; i < 5000; i++) o.write(("v" + i + "\tr\tv" + (i * 7 % 5000) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = b.toByteArray();
        Path cut = GraphFiles.writeBytes(dir, "cut.tsv.gz", java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> GraphReaders.read(cut, ReadLimits.DEFAULT)).isInstanceOf(GraphInputException.class)
                .hasMessageContaining("cut.tsv.gz:").hasMessageContaining("ends early");
    }

    @Test
    void standardInputIsDashAndNeedsAFormat() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("a b\nb c\n".getBytes(StandardCharsets.UTF_8)));
            Digraph g = GraphReaders.read(Path.of("-"), GraphFormat.EDGELIST, ReadLimits.DEFAULT);
            assertThat(g.n()).isEqualTo(3);
        } finally {
            System.setIn(saved);
        }
        assertThatThrownBy(() -> GraphFormat.detect(Path.of("-"))).hasMessageContaining("pass --format");
    }
}
