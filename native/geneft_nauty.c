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

int geneft_automorphisms(int engine, int n, long nde, const long *offsets, const int *adj,
                         const int *colour, int directed, double *grpsize1, int *grpsize2,
                         int *numgenerators, int *orbits)
{
    if (n <= 0 || nde < 0 || !offsets || (nde > 0 && !adj) || !colour || !grpsize1 || !grpsize2
        || !numgenerators || !orbits || offsets[0] != 0 || offsets[n] != nde)
        return GENEFT_ERR_ARGS;
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
        sparsenauty(&sg, lab, ptn, orbits, &options, &stats, NULL);
        if (stats.errstatus != 0) rc = GENEFT_ERR_ENGINE;
        *grpsize1 = stats.grpsize1;
        *grpsize2 = stats.grpsize2;
        *numgenerators = stats.numgenerators;
        nausparse_freedyn();
        nauty_freedyn();
    }
    free(lab); free(ptn); free(v); free(d);
    return rc;
}
