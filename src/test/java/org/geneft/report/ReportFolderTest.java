package org.geneft.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFolderTest {

    @Test
    void aFolderAppearsWholeAndLeavesNoTemporaryBehind(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("reports/new");
        ReportFolder.write(target, f -> Files.writeString(f.resolve("report.tex"), "x"));
        assertThat(target.resolve("report.tex")).hasContent("x");
        assertThat(dir.resolve("reports").toFile().list()).containsExactly("new");
        // The folder has the permissions the umask gives a new folder (0755-style), not a temporary's 0700.
        Path probe = Files.createDirectory(dir.resolve("probe"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void aFailedBuildLeavesNoFolderAndKeepsTheOldOne(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("r");
        ReportFolder.write(target, f -> Files.writeString(f.resolve("report.tex"), "old"));
        assertThatThrownBy(() -> ReportFolder.write(target, f -> {
            Files.writeString(f.resolve("report.tex"), "half");
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(target.resolve("report.tex")).hasContent("old");
        assertThat(dir.toFile().list()).containsExactly("r");
        assertThatThrownBy(() -> ReportFolder.write(dir.resolve("fresh"), f -> {
            throw new IllegalStateException("bug");
        })).hasMessage("bug");
        assertThat(dir.toFile().list()).containsExactly("r");
    }

    @Test
    void aCompleteFolderReplacesTheOldOne(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("r");
        ReportFolder.write(target, f -> Files.writeString(f.resolve("stale.csv"), "old"));
        ReportFolder.write(target, f -> Files.writeString(f.resolve("report.tex"), "new"));
        assertThat(target.toFile().list()).containsExactlyInAnyOrder("report.tex", ReportFolder.MARKER);
        assertThat(dir.toFile().list()).containsExactly("r");
    }

    @Test
    void aFileInTheWayIsBadInput(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("r"), "mine");
        assertThatThrownBy(() -> ReportFolder.write(file, f -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--out");
        assertThat(file).hasContent("mine");
    }

    @Test
    void aFolderGeneftDidNotWriteIsRefusedAndKeptWhole(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("x/sub"));
        Files.writeString(dir.resolve("x/thesis.tex"), "keep");
        assertThatThrownBy(() -> ReportFolder.write(dir.resolve("x"), f -> Files.writeString(f.resolve("report.tex"), "new")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--out").hasMessageContaining("'sub'")
                .hasMessageContaining("'thesis.tex'");
        assertThat(dir.resolve("x/thesis.tex")).hasContent("keep");
        assertThat(target).isDirectory();
        assertThat(dir.toFile().list()).containsExactly("x");
    }

    @Test
    void aUserFileAddedToAPreviousReportIsRefusedEvenDeepInside(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("r");
        ReportFolder.write(target, f -> Files.writeString(Files.createDirectory(f.resolve("data")).resolve("a.csv"), "1"));
        Files.writeString(target.resolve("data/notes.txt"), "mine");
        assertThatThrownBy(() -> ReportFolder.checkTarget(target)).hasMessageContaining("'data/notes.txt'");
        Files.delete(target.resolve("data/notes.txt"));
        assertThat(ReportFolder.checkTarget(target)).isEqualTo(target.toRealPath());
    }

    @Test
    void anEmptyFolderAndAReportOfEarlierVersionsAreReplaced(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        ReportFolder.write(empty, f -> Files.writeString(f.resolve("report.tex"), "x"));
        assertThat(empty.resolve("report.tex")).hasContent("x");
        Path legacy = Files.createDirectories(dir.resolve("legacy/data"));
        Files.writeString(legacy.resolve("fig2.csv"), "1");
        Files.writeString(dir.resolve("legacy/verdicts.json"), "{}");
        Files.writeString(dir.resolve("legacy/report.tex"), "old");
        ReportFolder.write(dir.resolve("legacy"), f -> Files.writeString(f.resolve("report.tex"), "new"));
        assertThat(dir.resolve("legacy/report.tex")).hasContent("new");
        // Without verdicts.json the same files are not recognisably a report.
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("report.tex"), "mine");
        assertThatThrownBy(() -> ReportFolder.checkTarget(other)).hasMessageContaining("'report.tex'");
    }

    @Test
    void aSymbolicLinkToAFolderIsFollowedAndKept(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        ReportFolder.write(link, f -> Files.writeString(f.resolve("report.tex"), "x"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real.resolve("report.tex")).hasContent("x");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        assertThatThrownBy(() -> ReportFolder.checkTarget(dangling)).hasMessageContaining("symbolic link to nothing");
    }

    @Test
    void theTemporaryFoldersOfKilledRunsAreCleanedAndALiveRunsKept(@TempDir Path dir) throws Exception {
        // A pid that is not alive: beyond Linux's pid_max (2^22).
        Path dead = Files.createDirectories(dir.resolve(".r.tmp-99999999-1a2b/data"));
        Path live = Files.createDirectory(dir.resolve(".r.tmp-" + ProcessHandle.current().pid() + "-3c4d"));
        Path unrelated = Files.createDirectory(dir.resolve(".r.tmp-mine"));
        ReportFolder.write(dir.resolve("r"), f -> Files.writeString(f.resolve("report.tex"), "x"));
        assertThat(dead.getParent()).doesNotExist();
        assertThat(live).isDirectory();
        assertThat(unrelated).isDirectory();
    }
}
