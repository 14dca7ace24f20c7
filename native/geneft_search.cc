// geneft-search: the automorphism group of a vertex-coloured graph by Debian's bliss or Traces, as a child process of
// geneft.
//
// A separate process, not a JNA call: neither search can be interrupted in-process, so geneft stops one by ending the
// process (at its memory budget, or when the other engine answered first: the portfolio), and a crash in it cannot take
// the JVM down. The graph is the one geneft hands Traces (org.geneft.aut.SparseGraph), in native byte order on stdin:
//   int32 n, int64 nde, int64 offsets[n + 1], int32 adj[nde], int32 colour[n], int32 directed
// (adjacency in compressed sparse rows, each list sorted; undirected graphs list every edge both ways). The answer on
// stdout:
//   int32 status, and when status == 0: double grpsize1, int32 grpsize2, int32 generators, int32 orbits[n]
// with |Aut| = grpsize1 * 10^grpsize2 read from bliss's exact (GMP) group size, and orbits[v] the least vertex of v's
// orbit. Every generator is checked against the graph (colours kept, edges onto edges) before it counts; one that
// fails gives status -4 (Traces' generators are checked the same way by the nauty shim, geneft_nauty.c).
// Usage: geneft-search bliss|traces MAX_ADDRESS_SPACE_BYTES [selftest], where selftest corrupts the first generator
// before its check, for the tests of that check only.
#define BLISS_USE_GMP 1
#include <bliss/graph.hh>

extern "C" {
#include "geneft_nauty.h"
}

#include <pthread.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

namespace {

const int OK = 0, ERR_ARGS = -1, ERR_NOMEM = -2, ERR_ENGINE = -3, ERR_VERIFY = -4;

struct Input {
    int32_t n = 0;
    int64_t nde = 0;
    std::vector<int64_t> offsets;
    std::vector<int32_t> adj, colour;
    int32_t directed = 0;
};

bool read_all(void *buffer, size_t bytes) {
    return bytes == 0 || fread(buffer, 1, bytes, stdin) == bytes;
}

bool read_input(Input &in) {
    if (!read_all(&in.n, sizeof in.n) || !read_all(&in.nde, sizeof in.nde) || in.n < 0 || in.nde < 0) return false;
    in.offsets.resize(static_cast<size_t>(in.n) + 1);
    in.adj.resize(static_cast<size_t>(in.nde));
    in.colour.resize(static_cast<size_t>(in.n));
    if (!read_all(in.offsets.data(), in.offsets.size() * sizeof(int64_t))
            || !read_all(in.adj.data(), in.adj.size() * sizeof(int32_t))
            || !read_all(in.colour.data(), in.colour.size() * sizeof(int32_t))
            || !read_all(&in.directed, sizeof in.directed)) return false;
    if (in.offsets[0] != 0 || in.offsets[in.n] != in.nde) return false;
    for (int32_t v = 0; v < in.n; v++) {
        if (in.offsets[v] > in.offsets[v + 1] || in.colour[v] < 0) return false;
        for (int64_t k = in.offsets[v]; k < in.offsets[v + 1]; k++)
            if (in.adj[k] < 0 || in.adj[k] >= in.n || (k > in.offsets[v] && in.adj[k] <= in.adj[k - 1])) return false;
    }
    return true;
}

/** What the generator hook collects: the check of each generator, and the orbits by union-find. */
struct Collector {
    const Input *in;
    std::vector<int32_t> parent;
    int32_t generators = 0;
    bool wrong = false;
    bool corrupt_first = false;
    std::vector<char> seen;

    int32_t find(int32_t v) {
        while (parent[v] != v) v = parent[v] = parent[parent[v]];
        return v;
    }

    bool has_edge(int32_t u, int32_t v) const {
        auto first = in->adj.begin() + in->offsets[u], last = in->adj.begin() + in->offsets[u + 1];
        return std::binary_search(first, last, v);
    }

    std::vector<unsigned int> copy;

    /** Everything the hook needs, allocated before the search: an allocation failing inside bliss's callback
     * could not be caught there. */
    void prepare(const Input &graph, bool selftest) {
        in = &graph;
        corrupt_first = selftest;
        parent.resize(static_cast<size_t>(graph.n));
        for (int32_t v = 0; v < graph.n; v++) parent[v] = v;
        seen.resize(static_cast<size_t>(graph.n));
        if (selftest) copy.resize(static_cast<size_t>(graph.n));
    }

    void add(const unsigned int *given) {
        const unsigned int *aut = given;
        if (corrupt_first && in->n >= 2) {
            corrupt_first = false;
            std::copy(given, given + in->n, copy.begin());
            copy[0] = copy[1]; // no longer a bijection
            aut = copy.data();
        }
        std::fill(seen.begin(), seen.end(), 0);
        for (int32_t v = 0; v < in->n && !wrong; v++) {
            int32_t w = static_cast<int32_t>(aut[v]);
            if (w < 0 || w >= in->n || seen[w]) { wrong = true; break; }
            seen[w] = 1;
            if (in->colour[w] != in->colour[v]) wrong = true;
            for (int64_t k = in->offsets[v]; k < in->offsets[v + 1] && !wrong; k++)
                if (!has_edge(w, static_cast<int32_t>(aut[in->adj[k]]))) wrong = true;
        }
        if (wrong) return;
        generators++;
        for (int32_t v = 0; v < in->n; v++) {
            int32_t a = find(v), b = find(static_cast<int32_t>(aut[v]));
            if (a != b) parent[std::max(a, b)] = std::min(a, b);
        }
    }
};

void hook(void *user, unsigned int, const unsigned int *aut) {
    static_cast<Collector *>(user)->add(aut);
}

/** |Aut| as bliss prints it (exact decimal, GMP) in grpsize1 * 10^grpsize2 form. */
bool group_size(const bliss::Stats &stats, double &grpsize1, int32_t &grpsize2) {
    char *text = nullptr;
    size_t length = 0;
    FILE *memory = open_memstream(&text, &length);
    if (memory == nullptr) return false;
    stats.print(memory);
    fclose(memory);
    std::string all(text, length);
    free(text);
    size_t at = all.find("|Aut|:");
    if (at == std::string::npos) return false;
    std::string digits;
    for (size_t i = at + 6; i < all.size() && all[i] != '\n'; i++)
        if (all[i] >= '0' && all[i] <= '9') digits += all[i];
        else if (all[i] != ' ') return false; // not an exact integer: a bliss built without GMP
    if (digits.empty()) return false;
    if (digits.size() <= 15) { // exact in a double: reported whole, as nauty does, so that geneft keeps it exact
        grpsize1 = std::strtod(digits.c_str(), nullptr);
        grpsize2 = 0;
        return true;
    }
    size_t kept = std::min<size_t>(digits.size(), 17);
    grpsize1 = std::strtod(digits.substr(0, kept).c_str(), nullptr);
    for (size_t i = 1; i < kept; i++) grpsize1 /= 10;
    grpsize2 = static_cast<int32_t>(digits.size() - 1);
    return true;
}

int32_t search(const Input &in, double &grpsize1, int32_t &grpsize2, Collector &c) {
    bliss::AbstractGraph *g;
    if (in.directed) g = new bliss::Digraph(0);
    else g = new bliss::Graph(0);
    for (int32_t v = 0; v < in.n; v++) g->add_vertex(static_cast<unsigned int>(in.colour[v]));
    for (int32_t v = 0; v < in.n; v++)
        for (int64_t k = in.offsets[v]; k < in.offsets[v + 1]; k++)
            if (in.directed || v < in.adj[k]) g->add_edge(static_cast<unsigned int>(v), static_cast<unsigned int>(in.adj[k]));
    bliss::Stats stats;
    g->find_automorphisms(stats, hook, &c);
    bool sized = group_size(stats, grpsize1, grpsize2);
    delete g;
    if (c.wrong) return ERR_VERIFY;
    return sized ? OK : ERR_ENGINE;
}

void write(const void *data, size_t bytes) {
    if (fwrite(data, 1, bytes, stdout) != bytes) std::exit(1);
}

/** Traces through the nauty shim, on a thread with a large stack (its recursion is deep on big graphs). */
struct TracesCall {
    const Input *in;
    bool selftest;
    double grpsize1 = 1;
    int grpsize2 = 0, generators = 0;
    std::vector<int> orbits;
    int status = ERR_ENGINE;
};

void *run_traces(void *arg) {
    TracesCall *t = static_cast<TracesCall *>(arg);
    std::vector<long> offsets(t->in->offsets.begin(), t->in->offsets.end());
    t->orbits.resize(static_cast<size_t>(t->in->n));
    t->status = geneft_automorphisms(GENEFT_ENGINE_TRACES, t->in->n, static_cast<long>(t->in->nde), offsets.data(),
            t->in->adj.data(), t->in->colour.data(), t->in->directed, t->selftest ? 1 : 0, &t->grpsize1, &t->grpsize2,
            &t->generators, t->orbits.data());
    return nullptr;
}

}  // namespace

/** The stack of the Traces thread: part of the address space the cap allows. */
const size_t TRACES_STACK = static_cast<size_t>(256) << 20;

int main(int argc, char **argv) {
    bool selftest = argc == 4 && std::strcmp(argv[3], "selftest") == 0;
    bool bliss = argc >= 2 && std::strcmp(argv[1], "bliss") == 0, traces = argc >= 2 && std::strcmp(argv[1], "traces") == 0;
    if (argc < 3 || argc > 4 || (argc == 4 && !selftest) || !(bliss || traces)) {
        std::fprintf(stderr, "usage: geneft-search bliss|traces MAX_ADDRESS_SPACE_BYTES [selftest] < graph\n");
        return 2;
    }
    char *end = nullptr;
    unsigned long long limit = std::strtoull(argv[2], &end, 10);
    if (end == argv[2] || *end != '\0' || limit == 0) {
        std::fprintf(stderr, "geneft-search: the memory limit must be a positive number of bytes, got '%s'\n", argv[2]);
        return 2;
    }
    struct rlimit r = {static_cast<rlim_t>(limit), static_cast<rlim_t>(limit)};
    setrlimit(RLIMIT_AS, &r); // past it, allocation fails: reported as ERR_NOMEM (or bliss's "Mem out" assertion)
    int32_t status;
    double grpsize1 = 1;
    int32_t grpsize2 = 0, generators = 0;
    std::vector<int32_t> orbits;
    Input in;
    try {
        if (!read_input(in)) status = ERR_ARGS;
        else if (bliss) {
            Collector c;
            c.prepare(in, selftest);
            status = search(in, grpsize1, grpsize2, c);
            generators = c.generators;
            orbits.resize(static_cast<size_t>(in.n));
            for (int32_t v = 0; v < in.n; v++) orbits[v] = c.find(v);
        } else {
            TracesCall t;
            t.in = &in;
            t.selftest = selftest;
            pthread_attr_t attr;
            pthread_t thread;
            pthread_attr_init(&attr);
            pthread_attr_setstacksize(&attr, TRACES_STACK);
            if (pthread_create(&thread, &attr, run_traces, &t) != 0) status = ERR_NOMEM;
            else {
                pthread_join(thread, nullptr);
                status = t.status;
                grpsize1 = t.grpsize1;
                grpsize2 = t.grpsize2;
                generators = t.generators;
                orbits.assign(t.orbits.begin(), t.orbits.end());
            }
            pthread_attr_destroy(&attr);
        }
    } catch (const std::bad_alloc &) {
        status = ERR_NOMEM;
    }
    write(&status, sizeof status);
    if (status == OK) {
        write(&grpsize1, sizeof grpsize1);
        write(&grpsize2, sizeof grpsize2);
        write(&generators, sizeof generators);
        write(orbits.data(), orbits.size() * sizeof(int32_t));
    }
    return std::fflush(stdout) == 0 ? 0 : 1;
}
