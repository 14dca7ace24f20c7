package org.geneft.experiments;

import org.geneft.claims.Claim;

import java.util.List;

/** A figure's claims and tables, before the sweep's bookkeeping is added. */
record Analysis(List<Claim> claims, List<DataTable> tables) {
    Analysis {
        claims = List.copyOf(claims);
        tables = List.copyOf(tables);
    }
}
