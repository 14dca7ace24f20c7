package org.geneft.symbolic;

/** How a claim's expression is judged. */
public enum CheckKind {
    /** The expression (a scalar, vector or matrix) must simplify to zero everywhere. */
    ZERO("zero"),
    /** The expression is a statement that must evaluate to True. */
    TRUE("true");

    private final String keyword;

    CheckKind(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword that introduces the check in a proof file. */
    public String keyword() {
        return keyword;
    }
}
