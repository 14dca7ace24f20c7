package org.geneft.graph.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.geneft.graph.io.GraphFiles.arcs;
import static org.geneft.graph.io.GraphFiles.write;

/** The behaviour every reader shares through GraphLines: files, encodings, line endings, comments. */
class GraphLinesTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileIsReportedAtLineZero() {
        Path missing = dir.resolve("absent.edges");
        for (GraphFormat f : GraphFormat.values())
            assertThatThrownBy(() -> GraphReaders.read(missing, f, ReadLimits.DEFAULT))
                    .isInstanceOfSatisfying(GraphInputException.class, e -> {
                        assertThat(e.line()).isZero();
                        assertThat(e.file()).isEqualTo(missing);
                    })
                    .hasMessageContaining("absent.edges")
                    .hasMessageContaining("no such file");
    }

    @Test
    void aDirectoryIsNotAGraphFile() {
        assertThatThrownBy(() -> GraphReaders.read(dir, GraphFormat.EDGELIST, ReadLimits.DEFAULT))
                .isInstanceOf(GraphInputException.class).hasMessageContaining("is a directory");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreTolerated() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "a b\r\n# note\r\nb c\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        Path f = GraphFiles.writeBytes(dir, "crlf.edges", all);
        assertThat(arcs(GraphReaders.read(f, GraphFormat.EDGELIST, ReadLimits.DEFAULT))).containsExactly("a>b", "b>c");
    }

    @Test
    void aLastLineWithoutNewlineIsRead() {
        Path f = write(dir, "tail.edges", "a b\nb c");
        assertThat(arcs(GraphReaders.read(f, ReadLimits.DEFAULT))).containsExactly("a>b", "b>c");
    }

    @Test
    void nonAsciiNamesAreDecodedAsUtf8() {
        Path f = write(dir, "u.edges", "Zürich Genève\n");
        assertThat(arcs(GraphReaders.read(f, ReadLimits.DEFAULT))).containsExactly("Zürich>Genève");
    }

    @Test
    void malformedUtf8IsReportedAtItsOwnLine() {
        byte[] head = "a b\nb c\n".repeat(5000).getBytes(StandardCharsets.US_ASCII); // beyond any read-ahead
        byte[] bad = {'x', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Path f = GraphFiles.writeBytes(dir, "latin.edges", all);
        assertThatThrownBy(() -> GraphReaders.read(f, ReadLimits.DEFAULT))
                .isInstanceOfSatisfying(GraphInputException.class, e -> assertThat(e.line()).isEqualTo(10001))
                .hasMessageContaining("latin.edges:10001")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void linesLongerThanTheBufferAreReadWhole() {
        String longName = "v".repeat(200_000);
        Path f = write(dir, "long.edges", "a " + longName + "\n" + longName + " b\n");
        assertThat(GraphReaders.read(f, ReadLimits.DEFAULT).n()).isEqualTo(3);
    }

    @Test
    void indentedCommentsAndBlankLinesAreSkippedButLineNumbersCount() {
        Path f = write(dir, "c.edges", "\n   # indented comment\n\t\na b\n\na b c\n");
        assertThatThrownBy(() -> GraphReaders.read(f, ReadLimits.DEFAULT))
                .hasMessageContaining("c.edges:6:");
    }
}
