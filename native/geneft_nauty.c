#include <stdlib.h>
#include <string.h>
#include "nausparse.h"
#include "traces.h"
#include "geneft_nauty.h"

/* lab/ptn from vertex colours: vertices sorted by colour, one cell per colour. */
static int colour_partition(int n, const int *colour, int *lab, int *ptn)
{
    int maxc = 0;
    for (int v = 0; v < n; v++) if (colour[v] > maxc) maxc = colour[v];
    int *count = calloc((size_t)maxc + 2, sizeof(int));
    if (!count) return GENEFT_ERR_NOMEM;
    for (int v = 0; v < n; v++) count[colour[v] + 1]++;
    for (int c = 0; c < maxc + 1; c++) count[c + 1] += count[c];
    for (int v = 0; v < n; v++) lab[count[colour[v]]++] = v;
    for (int i = 0; i < n; i++)
        ptn[i] = (i + 1 < n && colour[lab[i + 1]] == colour[lab[i]]) ? 1 : 0;
    free(count);
    return GENEFT_OK;
}

/* Every generator an engine returns is checked before its group is believed: it must keep the colours and map
 * each edge at a moved vertex onto an edge (edges between fixed vertices map onto themselves). The engines'
 * callbacks carry no user pointer, so the graph being searched is per-thread state. */
static _Thread_local struct {
    const long *offsets;
    const int *adj, *colour;
    int directed, corrupt, failed;
} check;

static int has_edge(int a, int b)
{
    long lo = check.offsets[a], hi = check.offsets[a + 1] - 1; /* adj is sorted per vertex (the header's contract) */
    while (lo <= hi) {
        long mid = lo + (hi - lo) / 2;
        if (check.adj[mid] == b) return 1;
        if (check.adj[mid] < b) lo = mid + 1; else hi = mid - 1;
    }
    return 0;
}

/* Whether p keeps the colours and maps every edge at a moved vertex onto an edge. A digraph's adjacency lists
 * out-arcs only, so an arc into a moved vertex from a fixed one is checked from its tail: every vertex is visited.
 * Undirected lists are symmetric: the moved vertices suffice. */
static int is_automorphism(const int *p, int n)
{
    /* Engines return generators that move few vertices (a swap of two leaves) of graphs with many: the scan for moved
     * ones is kept to one compare per fixed vertex, whose colour and (undirected) edges need no check. */
    for (int x = 0; x < n; x++) {
        if (p[x] == x) {
            if (!check.directed) continue;
        } else if (p[x] < 0 || p[x] >= n || check.colour[p[x]] != check.colour[x]) {
            return 0;
        }
        for (long i = check.offsets[x]; i < check.offsets[x + 1]; i++)
            if (!has_edge(p[x], p[check.adj[i]])) return 0;
    }
    return 1;
}

static void check_generator(const int *perm, int n)
{
    if (check.failed) return;
    if (check.corrupt) {
        /* The self-test: swap the images of vertex 0 and of the first vertex b for which that breaks the generator,
         * and check the result as if the engine had returned it. */
        check.corrupt = 0;
        int *copy = malloc((size_t)n * sizeof(int));
        if (!copy) { check.failed = 1; return; }
        for (int b = 1; b < n && !check.failed; b++) {
            memcpy(copy, perm, (size_t)n * sizeof(int));
            int t = copy[0]; copy[0] = copy[b]; copy[b] = t;
            if (!is_automorphism(copy, n)) check.failed = 1;
        }
        free(copy);
        return;
    }
    if (!is_automorphism(perm, n)) check.failed = 1;
}

static void traces_generator(int count, int *perm, int n)
{
    (void)count;
    check_generator(perm, n);
}

static void nauty_generator(int count, int *perm, int *orbits, int numorbits, int stabvertex, int n)
{
    (void)count; (void)orbits; (void)numorbits; (void)stabvertex;
    check_generator(perm, n);
}

int geneft_automorphisms(int engine, int n, long nde, const long *offsets, const int *adj,
                         const int *colour, int directed, int selftest, double *grpsize1, int *grpsize2,
                         int *numgenerators, int *orbits)
{
    if (n <= 0 || nde < 0 || !offsets || (nde > 0 && !adj) || !colour || !grpsize1 || !grpsize2
        || !numgenerators || !orbits || offsets[0] != 0 || offsets[n] != nde)
        return GENEFT_ERR_ARGS;
    check.offsets = offsets;
    check.adj = adj;
    check.colour = colour;
    check.directed = directed;
    check.corrupt = selftest;
    check.failed = 0;
    if (engine == GENEFT_ENGINE_TRACES && directed) return GENEFT_ERR_ARGS;
    if (engine != GENEFT_ENGINE_TRACES && engine != GENEFT_ENGINE_SPARSENAUTY) return GENEFT_ERR_ARGS;

    int *lab = malloc((size_t)n * sizeof(int));
    int *ptn = malloc((size_t)n * sizeof(int));
    size_t *v = malloc((size_t)n * sizeof(size_t));
    int *d = malloc((size_t)n * sizeof(int));
    if (!lab || !ptn || !v || !d) {
        free(lab); free(ptn); free(v); free(d);
        return GENEFT_ERR_NOMEM;
    }
    for (int i = 0; i < n; i++) {
        v[i] = (size_t)offsets[i];
        d[i] = (int)(offsets[i + 1] - offsets[i]);
    }
    if (colour_partition(n, colour, lab, ptn) != GENEFT_OK) {
        free(lab); free(ptn); free(v); free(d);
        return GENEFT_ERR_NOMEM;
    }

    sparsegraph sg;
    SG_INIT(sg);
    sg.nv = n;
    sg.nde = (size_t)nde;
    sg.v = v;
    sg.d = d;
    sg.e = (int *)adj; /* neither engine writes to e when getcanon is FALSE */
    sg.vlen = (size_t)n;
    sg.dlen = (size_t)n;
    sg.elen = (size_t)nde;

    int rc = GENEFT_OK;
    if (engine == GENEFT_ENGINE_TRACES) {
        DEFAULTOPTIONS_TRACES(options);
        TracesStats stats;
        options.getcanon = FALSE;
        options.defaultptn = FALSE;
        options.userautomproc = traces_generator;
        Traces(&sg, lab, ptn, orbits, &options, &stats, NULL);
        if (stats.errstatus != 0) rc = GENEFT_ERR_ENGINE;
        *grpsize1 = stats.grpsize1;
        *grpsize2 = stats.grpsize2;
        *numgenerators = stats.numgenerators;
        traces_freedyn();
    } else {
        DEFAULTOPTIONS_SPARSEGRAPH(undirected_options);
        DEFAULTOPTIONS_SPARSEDIGRAPH(digraph_options);
        optionblk options = directed ? digraph_options : undirected_options;
        statsblk stats;
        options.getcanon = FALSE;
        options.defaultptn = FALSE;
        options.userautomproc = nauty_generator;
        sparsenauty(&sg, lab, ptn, orbits, &options, &stats, NULL);
        if (stats.errstatus != 0) rc = GENEFT_ERR_ENGINE;
        *grpsize1 = stats.grpsize1;
        *grpsize2 = stats.grpsize2;
        *numgenerators = stats.numgenerators;
        nausparse_freedyn();
        nauty_freedyn();
    }
    free(lab); free(ptn); free(v); free(d);
    if (rc == GENEFT_OK && check.failed) rc = GENEFT_ERR_VERIFY;
    return rc;
}
