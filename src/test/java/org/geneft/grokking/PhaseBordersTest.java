package org.geneft.grokking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sec. 4.1 (iv)'s two readings on hand-drawn grids and on the authors' own data: the regions' borders (PhaseBorders)
 * and the order along the weight decay (PhaseOrder).
 */
class PhaseBordersTest {

    /** A grid from rows of letters (C, G, M, F), the first row at y = 0, x rising along a row. */
    private static List<PhaseDiagram.Cell> grid(String... rows) {
        List<PhaseDiagram.Cell> cells = new ArrayList<>();
        for (int y = 0; y < rows.length; y++)
            for (int x = 0; x < rows[y].length(); x++)
                cells.add(new PhaseDiagram.Cell(Math.pow(10, x - 5), y, 1, 1, switch (rows[y].charAt(x)) {
                    case 'C' -> PhaseDiagram.Phase.COMPREHENSION;
                    case 'G' -> PhaseDiagram.Phase.GROKKING;
                    case 'M' -> PhaseDiagram.Phase.MEMORIZATION;
                    default -> PhaseDiagram.Phase.CONFUSION;
                }));
        return cells;
    }

    @Test
    void aGrokkingLayerBetweenTheTwoIsSandwiched() {
        // Counted by hand. Along the rows: C-M in row 0; C-G and G-M in rows 1 and 2. Along the columns: C-G in
        // column 1 (rows 0-1). So C-G 3, G-M 2, C-M 1.
        PhaseBorders b = PhaseBorders.of(grid("CCMM", "CGMM", "CGMF"));
        assertThat(b).isEqualTo(new PhaseBorders(3, 2, 1));
        assertThat(b.sandwiched()).isTrue();
    }

    @Test
    void comprehensionBetweenGrokkingAndMemorizationIsNot() {
        // The layout geneft measures in (b): grokking at slow decoders, then comprehension, then memorization.
        PhaseBorders b = PhaseBorders.of(grid("GCM", "GCM", "GCM"));
        assertThat(b).isEqualTo(new PhaseBorders(3, 0, 3));
        assertThat(b.sandwiched()).isFalse();
        // A grokking layer that touches both, but a longer direct border: not sandwiched either.
        // Rows: C-G and G-M in row 0, C-M in rows 1-3; columns: G-M in column 1.
        PhaseBorders wide = PhaseBorders.of(grid("CGM", "CMM", "CMM", "CMM"));
        assertThat(wide).isEqualTo(new PhaseBorders(1, 2, 3));
        assertThat(wide.sandwiched()).isFalse();
        // Confusion's borders do not count; without grokking there is nothing to sandwich.
        assertThat(PhaseBorders.of(grid("CFM", "CFM")).sandwiched()).isFalse();
    }

    @Test
    void theCellsOrderDoesNotMatter() {
        List<PhaseDiagram.Cell> cells = grid("CCGMMF", "CGGMFF", "CCGGMF", "GGMMMF");
        List<PhaseDiagram.Cell> shuffled = new ArrayList<>(cells);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(PhaseBorders.of(shuffled)).isEqualTo(PhaseBorders.of(cells));
    }

    /** The authors' own panels, counted with h5py and numpy from their .h5 files, independently of this class. */
    @Test
    void theAuthorsOwnPanelsAreAllSandwiched() {
        assertThat(PhaseBorders.of(PublishedPanel.read("authors/fig6b.csv"))).isEqualTo(new PhaseBorders(11, 13, 7));
        assertThat(PhaseBorders.of(PublishedPanel.read("authors/fig6c.csv"))).isEqualTo(new PhaseBorders(16, 25, 10));
        assertThat(PhaseBorders.of(PublishedPanel.read("authors/fig6d.csv"))).isEqualTo(new PhaseBorders(24, 39, 8));
        for (String p : List.of("b", "c", "d"))
            assertThat(PhaseBorders.of(PublishedPanel.read("authors/fig6" + p + ".csv")).sandwiched()).as(p).isTrue();
    }

    @Test
    void theOrderAlongTheDecayCountsOnlyColumnsHoldingAllThree() {
        // Columns (one x each, y down the strings): 0 C/G/M in order, 1 C/M/G (grokking last), 2 C and M only.
        PhaseOrder order = PhaseOrder.alongDecay(grid("CCC", "GMM", "MGM"));
        assertThat(order).isEqualTo(new PhaseOrder(2, 1));
        assertThat(order.sandwiched()).isFalse(); // 1 of 2 is not most
        assertThat(PhaseOrder.alongDecay(grid("CCM", "GGM", "MMM")).sandwiched()).isTrue(); // 2 of 2
        // Grokking at one end of each column, or no column with all three: not sandwiched.
        assertThat(PhaseOrder.alongDecay(grid("GGG", "CCC", "MMM"))).isEqualTo(new PhaseOrder(3, 0));
        assertThat(PhaseOrder.alongDecay(grid("GCM", "GCM", "GCM"))).isEqualTo(new PhaseOrder(0, 0));
        assertThat(PhaseOrder.alongDecay(grid("GCM", "GCM", "GCM")).sandwiched()).isFalse();
    }

    /** Counted with numpy from the authors' .h5 files, each column's mean decay index, independently of this class. */
    @Test
    void theAuthorsOwnPanelsAreInOrderAlongTheDecay() {
        assertThat(PhaseOrder.alongDecay(PublishedPanel.read("authors/fig6b.csv"))).isEqualTo(new PhaseOrder(4, 3));
        assertThat(PhaseOrder.alongDecay(PublishedPanel.read("authors/fig6c.csv"))).isEqualTo(new PhaseOrder(12, 9));
        assertThat(PhaseOrder.alongDecay(PublishedPanel.read("authors/fig6d.csv"))).isEqualTo(new PhaseOrder(12, 10));
    }
}
