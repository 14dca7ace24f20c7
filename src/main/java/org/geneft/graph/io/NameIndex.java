package org.geneft.graph.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers names (vertices or relations) 0, 1, 2, … in order of first appearance. */
final class NameIndex {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final int limit;

    NameIndex(int limit) { this.limit = limit; }

    /** The id of a name, numbering it if new; -1 when a new name would exceed the limit. */
    int id(String name) {
        Integer id = ids.get(name);
        if (id != null) return id;
        if (names.size() == limit) return -1;
        int fresh = names.size();
        ids.put(name, fresh);
        names.add(name);
        return fresh;
    }

    int size() { return names.size(); }

    List<String> names() { return names; }
}
