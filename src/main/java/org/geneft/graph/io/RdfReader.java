package org.geneft.graph.io;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.geneft.graph.Digraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * N-Triples, N-Quads and Turtle, streamed through Apache Jena's RIOT parser: each triple (subject, predicate,
 * object) is an arc subject → object labelled by the predicate. Subjects and objects are vertices named in N-Triples
 * form: IRIs as {@code <iri>}, blank nodes as {@code _:label} (document-scoped), literals as {@code "lexical"} with
 * their datatype or language, so an entity's attribute values are vertices that an automorphism must keep too. In
 * N-Quads the graph name is ignored: the graph is the union of the named graphs. A malformed statement is a
 * {@link GraphInputException} at Jena's line.
 */
final class RdfReader implements GraphReader {
    private final ReadLimits limits;
    private final Lang lang;

    RdfReader(ReadLimits limits, Lang lang) {
        this.limits = limits;
        this.lang = lang;
    }

    @Override
    public Digraph read(Path file) {
        GraphLines context = GraphLines.errorsOnly(file);
        NameIndex vertices = new NameIndex(limits.maxVertices(), context);
        NameIndex relations = new NameIndex(Integer.MAX_VALUE, context);
        ArcBuffer arcs = new ArcBuffer(context, true);
        try (InputStream in = GraphInput.open(file)) {
            RDFParser.create().source(in).lang(lang).base("file:///").errorHandler(errors(file)).build()
                    .parse(new StreamRDFBase() {
                        @Override
                        public void triple(Triple t) {
                            add(file, vertices, relations, arcs, t.getSubject(), t.getPredicate(), t.getObject());
                        }

                        @Override
                        public void quad(Quad q) {
                            add(file, vertices, relations, arcs, q.getSubject(), q.getPredicate(), q.getObject());
                        }
                    });
        } catch (RiotException e) {
            throw new GraphInputException(file, 0, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (vertices.size() == 0) throw new GraphInputException(file, 0, "no triples, so no vertices: the graph is empty");
        return arcs.toDigraph(vertices.size(), relations.names(), vertices.names());
    }

    private void add(Path file, NameIndex vertices, NameIndex relations, ArcBuffer arcs, Node s, Node p, Node o) {
        int head = vertices.id(name(s)), tail = vertices.id(name(o));
        if (head < 0 || tail < 0)
            throw new GraphInputException(file, 0, "more than " + limits.maxVertices() + " vertices (--max-vertices)");
        arcs.add(head, tail, relations.id(name(p)));
    }

    /**
     * The node's name in N-Triples form, as {@link NodeFmtLib#strNT} writes it. That call goes through an indented
     * writer that checks for line numbers at every character, a third of a 2.56-million-triple read
     * (docs/BENCHMARKS.md), so an IRI it would write unchanged (printable ASCII, none of the characters it escapes)
     * is written here directly; everything else still goes through it.
     */
    static String name(Node n) {
        if (n.isURI()) {
            String iri = n.getURI();
            if (plain(iri)) return "<" + iri + ">";
        }
        return NodeFmtLib.strNT(n);
    }

    /** Printable ASCII without space and the characters an IRI's N-Triples form escapes. */
    private static boolean plain(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c >= 0x7F || ESCAPED.indexOf(c) >= 0) return false;
        }
        return true;
    }

    private static final String ESCAPED = "\"<>\\{}|^`";

    /** Jena's warnings pass (an IRI it would not recommend is still a name); its errors stop the read at their line. */
    private static ErrorHandler errors(Path file) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) { }

            @Override
            public void error(String message, long line, long col) {
                throw new GraphInputException(file, Math.max(0, line), message + (col > 0 ? " (column " + col + ")" : ""));
            }

            @Override
            public void fatal(String message, long line, long col) {
                error(message, line, col);
            }
        };
    }
}
