package org.geneft.cli;

/** Training-fraction grids given on the command line. */
final class Fractions {
    private Fractions() { }

    /** The paper's grid, 0.05 to 0.95 by 0.05. */
    static double[] defaultGrid() {
        double[] f = new double[19];
        for (int i = 0; i < f.length; i++) f[i] = Math.round((i + 1) * 5) / 100.0;
        return f;
    }

    static double[] parse(String list, String option) {
        String[] parts = list.split(",");
        double[] f = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                f[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + parts[i].trim() + "' is not a number");
            }
            if (!(f[i] > 0 && f[i] <= 1))
                throw new IllegalArgumentException(option + ": training fraction " + parts[i].trim() + " is outside (0, 1]");
        }
        return f;
    }
}
