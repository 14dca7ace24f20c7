package org.geneft.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Output files never replace what is not an output: devices, folders, inputs, the links that lead to them. */
class AtomicFilesTest {

    @Test
    void aDeviceIsRefusedAndStaysADevice() {
        Path dev = Path.of("/dev/null");
        assertThatThrownBy(() -> AtomicFiles.target("--csv", dev)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--csv /dev/null").hasMessageContaining("not a regular file");
        CliRun r = CliRun.of("repon", "portrait", "--grid", "3", "--trajectories", "1", "--csv", "/dev/null");
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--csv /dev/null");
        assertThat(Files.isRegularFile(dev)).isFalse();
        assertThat(Files.exists(dev)).isTrue();
    }

    @Test
    void theInputGraphIsNeverTheOutput(@TempDir Path dir) throws Exception {
        Path graph = Files.writeString(dir.resolve("h.edges"), "0 1\n1 2\n2 0\n");
        CliRun r = CliRun.of("bounds", graph.toString(), "--csv", graph.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--csv").contains("an input of this command");
        assertThat(graph).hasContent("0 1\n1 2\n2 0\n");
        // Nor through a link to it.
        Path link = Files.createSymbolicLink(dir.resolve("curve.csv"), graph);
        assertThat(CliRun.of("bounds", graph.toString(), "--csv", link.toString()).exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(graph).hasContent("0 1\n1 2\n2 0\n");
    }

    @Test
    void aProofFileIsNeverTheTexOutput(@TempDir Path dir) throws Exception {
        Path proof = Path.of("proofs/stirling.proof");
        String before = Files.readString(proof);
        assertThatThrownBy(() -> AtomicFiles.target("--tex", proof, List.of(proof.toAbsolutePath())))
                .hasMessageContaining("an input of this command");
        assertThat(proof).hasContent(before);
    }

    @Test
    void aFolderIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> AtomicFiles.target("--csv", dir)).hasMessageContaining("a folder");
        assertThatThrownBy(() -> AtomicFiles.target("--csv", dir.resolve("missing/x.csv")))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> AtomicFiles.target("--csv", Path.of(""))).hasMessageContaining("empty");
    }

    @Test
    void aSymbolicLinkIsFollowedAndKept(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        AtomicFiles.write(AtomicFiles.target("--csv", link), w -> w.write("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("nowhere"));
        assertThatThrownBy(() -> AtomicFiles.target("--csv", dangling)).hasMessageContaining("symbolic link to nothing");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("real.csv", "link.csv", "dangling.csv");
    }

    @Test
    void aNewFileGetsTheUmasksPermissionsAndAReplacedOneKeepsItsOwn(@TempDir Path dir) throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Path fresh = dir.resolve("fresh.csv");
        AtomicFiles.write(fresh, w -> w.write("x"));
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(probe));
        Path mine = Files.writeString(dir.resolve("mine.csv"), "old");
        Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(mine, w -> w.write("new"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine))).isEqualTo("rw-r-----");
    }

    @Test
    void aNameNearTheSystemsLimitStillWorks(@TempDir Path dir) throws Exception {
        Path longName = dir.resolve("x".repeat(250) + ".csv"); // 254 bytes, under Linux's 255
        AtomicFiles.write(longName, w -> w.write("ok"));
        assertThat(longName).hasContent("ok");
        assertThat(dir.toFile().list()).containsExactly(longName.getFileName().toString());
    }
}
