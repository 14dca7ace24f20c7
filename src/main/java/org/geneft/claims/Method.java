package org.geneft.claims;

/** How a claim was checked. */
public enum Method {
    SYMBOLIC, NUMERIC, STATIC, EMPIRICAL;

    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
