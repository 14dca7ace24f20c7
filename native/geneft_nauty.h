/* The whole native boundary of geneft: one function, plain C types only.
 * The Java side (org.geneft.aut.NautyLibrary) mirrors it one to one and validates
 * every argument before the call. */
#ifndef GENEFT_NAUTY_H
#define GENEFT_NAUTY_H

#define GENEFT_ENGINE_TRACES 0      /* simple undirected graphs only */
#define GENEFT_ENGINE_SPARSENAUTY 1 /* sparsenauty, digraph options when directed != 0 */

#define GENEFT_OK 0
#define GENEFT_ERR_ARGS (-1)   /* arguments failed the C-side sanity check */
#define GENEFT_ERR_NOMEM (-2)  /* malloc failed */
#define GENEFT_ERR_ENGINE (-3) /* the engine reported a non-zero errstatus */
#define GENEFT_ERR_VERIFY (-4) /* a generator the engine returned is not an automorphism of the graph */

/* Automorphism group of a vertex-coloured graph in compressed sparse rows.
 * n vertices; offsets[0..n] with offsets[n] = nde; adj[offsets[v]..offsets[v+1]) the
 * neighbours (out-neighbours when directed) of v, sorted, no duplicates; colour[v] >= 0.
 * For Traces the graph must be simple and undirected (symmetric adjacency, no loops).
 * Outputs: |Aut| = grpsize1 * 10^grpsize2, the number of generators found, and orbits[v]
 * (the least vertex of v's orbit). Every generator found is checked against the graph (colours kept, edges
 * onto edges); one that fails gives GENEFT_ERR_VERIFY. selftest != 0 corrupts the first generator before its
 * check, for the tests of that check only. Returns GENEFT_OK or a negative error code. */
int geneft_automorphisms(int engine, int n, long nde, const long *offsets, const int *adj,
                         const int *colour, int directed, int selftest, double *grpsize1, int *grpsize2,
                         int *numgenerators, int *orbits);

#endif
