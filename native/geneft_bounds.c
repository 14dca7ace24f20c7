/* geneft-bounds: `geneft bounds FILE` on knowledge-graph triples, raced against the JVM (issue 18).
 *
 * A JVM process does not start, read and search in under about 0.3 s, while bliss answers many real graphs of 10^4
 * triples in under 0.6 s. So the launcher runs this program for `bounds`: it starts the JVM on the same arguments,
 * its stdout into a pipe, and beside it a worker process (at the lowest priority) that computes what
 * `geneft bounds FILE --engine traces-unreduced` computes, step for step: the same reading rules
 * (org.geneft.graph.io.TripleReader, GraphLines), the same vertex and label numbering, the same Traces gadget
 * (org.geneft.aut.DigraphEncoding) searched through the same shim (geneft_nauty.c, every generator checked), the same
 * properties (org.geneft.graph.PropertyDetector) and statics (org.geneft.statics.*), printed as the same JSON or table.
 * NativeBoundsTest checks the two against each other, the JSON field by field, the table character by character. The
 * first whole answer is printed, and the other process is ended (the JVM with its process group, so its search children
 * too).
 *
 * The JVM answers, its output and exit code passed on unchanged, whenever:
 *   - an argument is not one this program knows (it knows FILE, --json, --quiet, --format triples, --alpha A,
 *     --engine portfolio) or the input is standard input: then the JVM runs in this process's place (exec), nothing
 *     is raced;
 *   - the input is not a regular file (a pipe would be split between two readers), or not a triple file: named *.tsv
 *     or *.triples (gzipped or not) or given --format triples;
 *   - anything in the input is wrong (the JVM then names the file, the line and the problem, exit 2);
 *   - the worker has not answered within GENEFT_NATIVE_BUDGET seconds (default 0.2): graphs with much symmetry need
 *     the JVM's exact reductions (twins, trees, components) before the search, and its portfolio of Traces and bliss;
 *   - the file holds more than GENEFT_NATIVE_MAX_BYTES bytes of triples (default 4 MB, some 10^5 triples; a larger
 *     file is not even raced, as the worker could not read, encode and search it within the budget: it answered
 *     files of up to 0.5 MB in 0.1 s, and beside the JVM on a 21 MB file it only slowed it), or the JVM answers
 *     first.
 * Usage: geneft-bounds --jvm JAVA [JAVA ARGUMENTS] -- bounds [OPTIONS] FILE */
#define _GNU_SOURCE
#include "geneft_nauty.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---------- the JVM beside it ---------- */

/* What the worker exits with when it gives up (the JVM answers). */
#define DECLINE 100

/* The process that reads and searches, a child of this one: ended at once when the JVM's answer is taken. */
static pid_t worker = -1;
static int in_worker = 0;

/* The JVM's command line (from the launcher), its process once started, and the pipe its stdout goes to. */
static char **jvm_argv;
static pid_t jvm = -1;
static int jvm_out = -1;

static void jvm_exec(void) {
    execvp(jvm_argv[0], jvm_argv);
    fprintf(stderr, "geneft: cannot run %s: %s\n", jvm_argv[0], strerror(errno));
    exit(3);
}

/* Ends the JVM and everything it started (its search children share its process group). */
static void jvm_kill(void) {
    if (jvm > 0) {
        kill(-jvm, SIGKILL);
        waitpid(jvm, NULL, 0);
        jvm = -1;
    }
}

/* A signal that ends this process ends the JVM's group too (a Ctrl-C reaches only the terminal's foreground group).
 * SIGKILL: a raced JVM writes no file (options that write are never raced), and one still starting ignores SIGINT. */
static void forward(int sig) {
    if (jvm > 0) { kill(-jvm, SIGKILL); waitpid(jvm, NULL, 0); }
    if (worker > 0) { kill(worker, SIGKILL); waitpid(worker, NULL, 0); }
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Starts the JVM on the same arguments, in a process group of its own, its stdout into a pipe: it answers whatever this
 * program declines, and runs from the start so that declining late costs nothing. */
static void jvm_start(void) {
    int fds[2];
    if (pipe(fds) != 0) jvm_exec();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    extern char **environ;
    if (posix_spawnp(&jvm, jvm_argv[0], &actions, &attr, jvm_argv, environ) != 0) {
        close(fds[0]);
        close(fds[1]);
        jvm = -1;
        jvm_exec();
    }
    close(fds[1]);
    jvm_out = fds[0];
    signal(SIGINT, forward);
    signal(SIGTERM, forward);
    signal(SIGHUP, forward);
    signal(SIGQUIT, forward);
}

/* The JVM's answer is the answer: its stdout passed on, its exit code returned. */
static void decline(void) {
    if (in_worker) _exit(DECLINE);   /* the worker gives up: the coordinating parent turns to the JVM */
    if (jvm <= 0) jvm_exec();   /* declined before it was started: it runs in this process's place */
    if (worker > 0) { kill(worker, SIGKILL); waitpid(worker, NULL, 0); worker = -1; }
    char buf[1 << 16];
    ssize_t got;
    while ((got = read(jvm_out, buf, sizeof buf)) != 0) {
        if (got < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (ssize_t done = 0; done < got; ) {
            ssize_t put = write(1, buf + done, (size_t) (got - done));
            if (put < 0 && errno != EINTR) { jvm_kill(); exit(1); }
            if (put > 0) done += put;
        }
    }
    int status;
    while (waitpid(jvm, &status, 0) < 0)
        if (errno != EINTR) exit(3);
    exit(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
}

static void *xmalloc(size_t bytes) {
    void *p = malloc(bytes ? bytes : 1);
    if (!p) decline();
    return p;
}

static void *xcalloc(size_t count, size_t size) {
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) decline();
    return p;
}

/* ---------- arguments ---------- */

#define MAX_ALPHAS 64

struct args {
    const char *file;
    int json;
    double alphas[MAX_ALPHAS];
    int nalphas;
};

static int parse_double(const char *s, double *out) {
    /* Only plain decimals: anything Java's Double.parseDouble reads differently (hex, "Infinity", "1d") is declined. */
    if (!*s) return 0;
    for (const char *c = s; *c; c++)
        if (!strchr("0123456789.eE+-", *c)) return 0;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (*end || errno) return 0;
    *out = v;
    return 1;
}

static void parse_args(int argc, char **argv, struct args *a) {
    memset(a, 0, sizeof *a);
    int triples = 0, quiet = 0, engine = 0;
    if (argc < 2 || strcmp(argv[1], "bounds") != 0) decline();
    for (int i = 2; i < argc; i++) {
        const char *s = argv[i];
        const char *value = NULL;
        /* An option given twice, other than --alpha, is an error the JVM reports (picocli: "should be specified only
         * once"). --quiet changes nothing here: no progress line comes before 10 s. */
        if (strcmp(s, "--json") == 0) { if (a->json++) decline(); continue; }
        if (strcmp(s, "--quiet") == 0) { if (quiet++) decline(); continue; }
        if (strncmp(s, "--format=", 9) == 0 || strncmp(s, "--alpha=", 8) == 0 || strncmp(s, "--engine=", 9) == 0) {
            value = strchr(s, '=') + 1;
        } else if (strcmp(s, "--format") == 0 || strcmp(s, "--alpha") == 0 || strcmp(s, "--engine") == 0) {
            if (i + 1 >= argc) decline();
            value = argv[++i];
        } else if (s[0] == '-') {
            decline();   /* "-" (standard input) and every other option */
        } else {
            if (a->file) decline();
            a->file = s;
            continue;
        }
        if (strncmp(s, "--format", 8) == 0) {
            if (strcmp(value, "triples") != 0 || triples++) decline();
        } else if (strncmp(s, "--engine", 8) == 0) {
            if (strcmp(value, "portfolio") != 0 || engine++) decline();
        } else {
            double alpha;
            if (!parse_double(value, &alpha) || !(alpha > 0 && alpha < 1) || a->nalphas == MAX_ALPHAS) decline();
            int seen = 0;   /* the JVM keeps them in a map: a repeated alpha is one entry */
            for (int k = 0; k < a->nalphas; k++) seen |= a->alphas[k] == alpha;
            if (!seen) a->alphas[a->nalphas++] = alpha;
        }
    }
    if (!a->file) decline();
    if (!triples) {
        /* The format by extension, as GraphFormat.detect: a .gz is named by what it holds. */
        const char *base = strrchr(a->file, '/');
        base = base ? base + 1 : a->file;
        size_t len = strlen(base);
        if (len >= 3 && strcasecmp(base + len - 3, ".gz") == 0) len -= 3;
        const char *dot = NULL;
        for (size_t k = 0; k < len; k++) if (base[k] == '.') dot = base + k;
        if (!dot) decline();
        size_t ext = len - (size_t) (dot + 1 - base);
        if (!((ext == 3 && strncasecmp(dot + 1, "tsv", 3) == 0) || (ext == 7 && strncasecmp(dot + 1, "triples", 7) == 0)))
            decline();
    }
    if (a->nalphas == 0) a->alphas[a->nalphas++] = 0.9;
}

/* ---------- reading ---------- */

/* The whole (decompressed) file: gzread reads plain files unchanged and gzip by its magic bytes, as GraphInput. */
static char *read_file(const char *path, size_t max_bytes, size_t *length) {
    gzFile f = gzopen(path, "rb");
    if (!f) decline();
    gzbuffer(f, 1 << 17);
    size_t cap = 1 << 20, len = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (len == cap) {
            if (cap >= max_bytes) { gzclose(f); decline(); }
            cap *= 2;
            char *bigger = realloc(buf, cap);
            if (!bigger) decline();
            buf = bigger;
        }
        size_t want = cap - len > (1u << 30) ? (1u << 30) : cap - len;
        int got = gzread(f, buf + len, (unsigned) want);
        if (got < 0) { gzclose(f); decline(); }
        if (got == 0) break;
        len += (size_t) got;
    }
    int eof_ok = gzclose(f) == Z_OK;
    if (!eof_ok || len > max_bytes) decline();
    *length = len;
    return buf;
}

static int is_blank(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
}

/* Strict UTF-8, as Java's decoder with REPORT: no overlong forms, no surrogates, nothing above U+10FFFF. Under it two
 * names are the same Java string exactly when they are the same bytes. */
static int valid_utf8(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) { i++; continue; }
        size_t k;
        uint32_t cp, min;
        if ((c & 0xE0) == 0xC0) { k = 1; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { k = 2; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { k = 3; cp = c & 0x07; min = 0x10000; }
        else return 0;
        if (i + k >= n) return 0;   /* the sequence is cut off by the end of the line */
        for (size_t j = 1; j <= k; j++) {
            if (i + j >= n || (s[i + j] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        i += k + 1;
    }
    return 1;
}

/* Names to ids in first-seen order (NameIndex): open addressing over byte slices of the file buffer. */
struct names {
    const char **ptr;
    uint32_t *len;
    int32_t *slot;      /* hash slot -> id, -1 empty */
    size_t mask;
    int32_t count, cap;
};

static void names_init(struct names *t) {
    t->cap = 1024;
    t->count = 0;
    t->ptr = xmalloc(sizeof *t->ptr * (size_t) t->cap);
    t->len = xmalloc(sizeof *t->len * (size_t) t->cap);
    t->mask = 2047;
    t->slot = xmalloc(sizeof *t->slot * (t->mask + 1));
    memset(t->slot, 0xff, sizeof *t->slot * (t->mask + 1));
}

static uint64_t hash_bytes(const char *p, size_t n) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char) p[i]) * 1099511628211ULL;
    return h ^ (h >> 29);
}

static int32_t names_id(struct names *t, const char *p, size_t n) {
    size_t i = hash_bytes(p, n) & t->mask;
    while (t->slot[i] >= 0) {
        int32_t id = t->slot[i];
        if (t->len[id] == n && memcmp(t->ptr[id], p, n) == 0) return id;
        i = (i + 1) & t->mask;
    }
    if (t->count == INT32_MAX - 8) decline();
    if (t->count == t->cap) {
        t->cap *= 2;
        t->ptr = realloc(t->ptr, sizeof *t->ptr * (size_t) t->cap);
        t->len = realloc(t->len, sizeof *t->len * (size_t) t->cap);
        if (!t->ptr || !t->len) decline();
    }
    int32_t id = t->count++;
    t->ptr[id] = p;
    t->len[id] = (uint32_t) n;
    t->slot[i] = id;
    if ((size_t) t->count * 2 > t->mask) {   /* keep the load under a half */
        size_t mask = t->mask * 2 + 1;
        int32_t *slot = xmalloc(sizeof *slot * (mask + 1));
        memset(slot, 0xff, sizeof *slot * (mask + 1));
        for (int32_t k = 0; k < t->count; k++) {
            size_t j = hash_bytes(t->ptr[k], t->len[k]) & mask;
            while (slot[j] >= 0) j = (j + 1) & mask;
            slot[j] = k;
        }
        free(t->slot);
        t->slot = slot;
        t->mask = mask;
    }
    return id;
}

/* The labelled digraph as org.geneft.graph.Digraph holds it: distinct (tail, head, label) triples sorted in that
 * order, in compressed sparse rows. */
struct digraph {
    int32_t n, labels;
    int64_t m;
    int64_t *start;   /* [n + 1] */
    int32_t *head, *label;
};

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;
    return x < y ? -1 : x > y;
}

/* Reads the triples exactly as TripleReader: any departure from its rules declines (the JVM then reports it). */
static void read_triples(char *buf, size_t len, struct digraph *g) {
    struct names vertices, relations;
    names_init(&vertices);
    names_init(&relations);
    size_t cap = 1 << 16, m = 0;
    int32_t *tails = xmalloc(sizeof *tails * cap), *heads = xmalloc(sizeof *heads * cap), *labs = xmalloc(sizeof *labs * cap);
    int tabs = -1;
    size_t pos = 0;
    int first = 1;
    while (pos < len) {
        size_t eol = pos;
        char *nl = memchr(buf + pos, '\n', len - pos);
        eol = nl ? (size_t) (nl - buf) : len;
        size_t from = pos;
        pos = nl ? eol + 1 : len;
        if (first) {
            first = 0;
            if (eol - from >= 3 && (unsigned char) buf[from] == 0xEF && (unsigned char) buf[from + 1] == 0xBB
                    && (unsigned char) buf[from + 2] == 0xBF) from += 3;
        }
        const unsigned char *line = (const unsigned char *) buf + from;
        size_t n = eol - from;
        int ascii = 1;
        for (size_t i = 0; i < n; i++) if (line[i] >= 0x80) { ascii = 0; break; }
        if (!ascii && !valid_utf8(line, n)) decline();
        size_t lead = 0;
        while (lead < n && is_blank(line[lead])) lead++;
        if (lead == n || line[lead] == '#') continue;   /* blank line or comment */
        size_t end = n;
        while (end > lead && is_blank(line[end - 1])) end--;
        size_t b[6];
        if (tabs < 0) tabs = memchr(line, '\t', end) != NULL;
        if (tabs) {
            int count = 1;
            size_t stop = end;
            for (size_t i = 0; i < end; i++)
                if (line[i] == '\t' && ++count == 4) {
                    size_t c = i + 1;
                    while (c < end && is_blank(line[c])) c++;
                    if (c < end && line[c] == '#') { stop = i; count = 3; break; }
                }
            if (count != 3) decline();
            size_t f0 = 0;
            for (int f = 0; f < 3; f++) {
                size_t to = stop;
                if (f < 2) { const unsigned char *t = memchr(line + f0, '\t', end - f0); to = (size_t) (t - line); }
                size_t x = f0, y = to;
                while (x < y && is_blank(line[x])) x++;
                while (y > x && is_blank(line[y - 1])) y--;
                if (x == y) decline();
                b[2 * f] = x;
                b[2 * f + 1] = y;
                f0 = to + 1;
            }
        } else {
            int f = 0;
            size_t i = 0;
            for (;;) {
                while (i < end && is_blank(line[i])) i++;
                if (i == end) break;
                size_t s = i;
                while (i < end && !is_blank(line[i])) i++;
                if (f == 3) {
                    if (line[s] == '#') break;
                    decline();
                }
                b[2 * f] = s;
                b[2 * f + 1] = i;
                f++;
            }
            if (f != 3) decline();
        }
        if (m == cap) {
            cap *= 2;
            tails = realloc(tails, sizeof *tails * cap);
            heads = realloc(heads, sizeof *heads * cap);
            labs = realloc(labs, sizeof *labs * cap);
            if (!tails || !heads || !labs) decline();
        }
        const char *l = (const char *) line;
        tails[m] = names_id(&vertices, l + b[0], b[1] - b[0]);
        labs[m] = names_id(&relations, l + b[2], b[3] - b[2]);
        heads[m] = names_id(&vertices, l + b[4], b[5] - b[4]);
        if (vertices.count > 50000000) decline();   /* --max-vertices' default */
        m++;
    }
    if (vertices.count == 0) decline();
    int32_t nv = vertices.count;
    /* Counting sort by tail, each row sorted by (head, label) and deduplicated, as Digraph.of. */
    int64_t *start = xcalloc((size_t) nv + 1, sizeof *start);
    for (size_t i = 0; i < m; i++) start[tails[i] + 1]++;
    for (int32_t v = 0; v < nv; v++) start[v + 1] += start[v];
    int64_t *fill = xmalloc(sizeof *fill * (size_t) nv);
    memcpy(fill, start, sizeof *fill * (size_t) nv);
    uint64_t *keys = xmalloc(sizeof *keys * (m ? m : 1));
    for (size_t i = 0; i < m; i++) keys[fill[tails[i]]++] = ((uint64_t) (uint32_t) heads[i] << 32) | (uint32_t) labs[i];
    g->start = xcalloc((size_t) nv + 1, sizeof *g->start);
    int64_t w = 0;
    for (int32_t v = 0; v < nv; v++) {
        int64_t a = start[v], z = start[v + 1];
        qsort(keys + a, (size_t) (z - a), sizeof *keys, cmp_u64);
        g->start[v] = w;
        for (int64_t i = a; i < z; i++)
            if (i == a || keys[i] != keys[i - 1]) keys[w++] = keys[i];
    }
    g->start[nv] = w;
    g->n = nv;
    g->m = w;
    g->labels = relations.count;
    g->head = xmalloc(sizeof *g->head * (size_t) (w ? w : 1));
    g->label = xmalloc(sizeof *g->label * (size_t) (w ? w : 1));
    for (int64_t i = 0; i < w; i++) {
        g->head[i] = (int32_t) (keys[i] >> 32);
        g->label[i] = (int32_t) (keys[i] & 0xffffffffu);
    }
    free(keys); free(fill); free(start); free(tails); free(heads); free(labs);
}

static int labelled(const struct digraph *g) { return g->labels > 1; }

static int has_arc(const struct digraph *g, int32_t u, int32_t v) {
    int64_t lo = g->start[u], hi = g->start[u + 1] - 1;
    while (lo <= hi) {
        int64_t mid = (lo + hi) >> 1;
        if (g->head[mid] < v) lo = mid + 1;
        else if (g->head[mid] > v) hi = mid - 1;
        else return 1;
    }
    return 0;
}

/* ---------- properties (PropertyDetector) ---------- */

enum klass { NONE, EQUIVALENCE, TOTAL_ORDER, COMPLETE_BIPARTITE };

struct properties {
    int reflexive, irreflexive, symmetric, antisymmetric, total;
    int transitive;   /* 1, 0, or -1 when unknown (over the budget) */
    enum klass klass;
    int32_t k, *class_sizes;   /* equivalence */
    int32_t side_a;            /* complete bipartite: the side of vertex 0 */
    int64_t loops;
};

static int transitive(const struct digraph *g) {
    int32_t n = g->n;
    int64_t *in = xcalloc((size_t) n, sizeof *in);
    for (int32_t u = 0; u < n; u++) {
        int32_t prev = -1;
        for (int64_t a = g->start[u]; a < g->start[u + 1]; a++) {
            if (g->head[a] != prev) in[g->head[a]]++;
            prev = g->head[a];
        }
    }
    int64_t work = 0;
    for (int32_t v = 0; v < n; v++) {
        work += in[v] * (g->start[v + 1] - g->start[v]);
        if (work > 500000000LL) { free(in); return -1; }   /* DEFAULT_TRANSITIVITY_BUDGET */
    }
    free(in);
    for (int32_t u = 0; u < n; u++)
        for (int64_t a = g->start[u]; a < g->start[u + 1]; a++) {
            int32_t v = g->head[a];
            for (int64_t b = g->start[v]; b < g->start[v + 1]; b++)
                if (!has_arc(g, u, g->head[b])) return 0;
        }
    return 1;
}

static void detect(const struct digraph *g, struct properties *p) {
    memset(p, 0, sizeof *p);
    int32_t n = g->n, loop_vertices = 0;
    int64_t off_diagonal = 0, mutual = 0;
    int symmetric = 1, antisymmetric = 1;
    for (int32_t u = 0; u < n; u++) {
        int32_t prev = -1;
        for (int64_t a = g->start[u]; a < g->start[u + 1]; a++) {
            int32_t v = g->head[a];
            if (v == u) p->loops++;
            if (v == prev) continue;
            prev = v;
            if (v == u) { loop_vertices++; continue; }
            off_diagonal++;
            if (has_arc(g, v, u)) {
                antisymmetric = 0;
                if (u < v) mutual++;
            } else {
                symmetric = 0;
            }
        }
    }
    p->reflexive = loop_vertices == n;
    p->irreflexive = loop_vertices == 0;
    p->symmetric = symmetric;
    p->antisymmetric = antisymmetric;
    p->total = off_diagonal - mutual == (int64_t) n * (n - 1) / 2;
    p->transitive = transitive(g);
    p->klass = NONE;
    if (labelled(g)) return;
    if (p->reflexive && p->symmetric && p->transitive == 1) {
        int32_t *class_of = xmalloc(sizeof *class_of * (size_t) n);
        for (int32_t v = 0; v < n; v++) class_of[v] = -1;
        int32_t k = 0;
        for (int32_t v = 0; v < n; v++) {
            if (class_of[v] >= 0) continue;
            for (int64_t a = g->start[v]; a < g->start[v + 1]; a++) class_of[g->head[a]] = k;
            k++;
        }
        p->klass = EQUIVALENCE;
        p->k = k;
        p->class_sizes = xcalloc((size_t) k, sizeof *p->class_sizes);
        for (int32_t v = 0; v < n; v++) p->class_sizes[class_of[v]]++;
        free(class_of);
    } else if (p->irreflexive && p->antisymmetric && p->transitive == 1 && p->total) {
        p->klass = TOTAL_ORDER;
    } else if (p->irreflexive && p->symmetric && n >= 2) {
        char *in_s = xmalloc((size_t) n);
        memset(in_s, 1, (size_t) n);
        for (int64_t a = g->start[0]; a < g->start[1]; a++) in_s[g->head[a]] = 0;
        int32_t side = 0;
        for (int32_t v = 0; v < n; v++) side += in_s[v];
        int ok = side != n;
        for (int32_t u = 0; ok && u < n; u++)
            for (int64_t e = g->start[u]; ok && e < g->start[u + 1]; e++)
                if (in_s[u] == in_s[g->head[e]]) ok = 0;
        if (ok && g->m != 2LL * side * (n - side)) ok = 0;
        if (ok) { p->klass = COMPLETE_BIPARTITE; p->side_a = side; }
        free(in_s);
    }
}

/* ---------- the Traces encodings (DigraphEncoding) ---------- */

struct sparse {
    int32_t n;
    int64_t nde;
    long *offsets;
    int *adj, *colour;
    const char *engine;
};

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *) a, y = *(const int *) b;
    return (x > y) - (x < y);
}

/* Ranks colours to 0..k-1 keeping their order (DigraphEncoding.compact). The raw colours here are small (at most
 * 2 labels + 2), so a table of the values used ranks them in linear time. */
static int *compact(const int64_t *raw, int32_t n) {
    int64_t max = 0;
    for (int32_t i = 0; i < n; i++) if (raw[i] > max) max = raw[i];
    int32_t *rank_of = xcalloc((size_t) max + 1, sizeof *rank_of);
    for (int32_t i = 0; i < n; i++) rank_of[raw[i]] = 1;
    for (int64_t c = 0, k = 0; c <= max; c++) rank_of[c] = rank_of[c] ? (int32_t) k++ : -1;
    int *rank = xmalloc(sizeof *rank * (size_t) n);
    for (int32_t i = 0; i < n; i++) rank[i] = rank_of[raw[i]];
    free(rank_of);
    return rank;
}

static void check_fits(int64_t vertices, int64_t entries) {
    int64_t limit = INT32_MAX - 8;
    if (vertices >= limit || entries > limit) decline();
}

/* A symmetric unlabelled digraph as the simple undirected graph it is, loops as colours. Triple files carry no vertex
 * colours, so every raw colour is 0 before the loop bit. */
static void undirected(const struct digraph *g, int64_t loops, struct sparse *s) {
    int32_t n = g->n;
    int64_t entries = g->m - loops;
    check_fits(n, entries);
    s->n = n;
    s->offsets = xmalloc(sizeof *s->offsets * ((size_t) n + 1));
    s->adj = xmalloc(sizeof *s->adj * (size_t) (entries ? entries : 1));
    int64_t *raw = xmalloc(sizeof *raw * (size_t) n);
    int64_t k = 0;
    for (int32_t v = 0; v < n; v++) {
        s->offsets[v] = k;
        int loop = 0;
        for (int64_t a = g->start[v]; a < g->start[v + 1]; a++) {
            if (g->head[a] == v) loop = 1;
            else s->adj[k++] = g->head[a];
        }
        raw[v] = loop;
    }
    s->offsets[n] = k;
    s->nde = k;
    s->colour = compact(raw, n);
    s->engine = "traces/undirected";
    free(raw);
}

/* Each arc's tail, and the arcs into each vertex in increasing arc order (so in increasing tail order): what both
 * gadgets need besides the out-rows. */
struct incidence {
    int32_t *tail, *in_start, *in_arc;
};

static void incidence(const struct digraph *g, struct incidence *x) {
    int32_t n = g->n;
    int64_t m = g->m;
    if (m > INT32_MAX) decline();
    x->tail = xmalloc(sizeof *x->tail * (size_t) (m ? m : 1));
    for (int32_t u = 0; u < n; u++) for (int64_t a = g->start[u]; a < g->start[u + 1]; a++) x->tail[a] = u;
    x->in_start = xcalloc((size_t) n + 1, sizeof *x->in_start);
    for (int64_t a = 0; a < m; a++) x->in_start[g->head[a] + 1]++;
    for (int32_t v = 0; v < n; v++) x->in_start[v + 1] += x->in_start[v];
    x->in_arc = xmalloc(sizeof *x->in_arc * (size_t) (m ? m : 1));
    int32_t *fill = xmalloc(sizeof *fill * (size_t) n);
    memcpy(fill, x->in_start, sizeof *fill * (size_t) n);
    for (int64_t a = 0; a < m; a++) x->in_arc[fill[g->head[a]]++] = (int32_t) a;
    free(fill);
}

static void incidence_free(struct incidence *x) {
    free(x->tail); free(x->in_start); free(x->in_arc);
}

/* The 3-vertex gadget, unlabelled: v, v_out = n + v, v_in = 2n + v; an arc u->v is the edge u_out - v_in. */
static void gadget(const struct digraph *g, struct sparse *s) {
    int32_t n = g->n;
    int64_t m = g->m;
    check_fits(3LL * n, 2LL * (2LL * n + m));
    int32_t total = 3 * n;
    int64_t entries = 2LL * (2LL * n + m);
    struct incidence x;
    incidence(g, &x);
    s->n = total;
    s->offsets = xmalloc(sizeof *s->offsets * ((size_t) total + 1));
    s->adj = xmalloc(sizeof *s->adj * (size_t) entries);
    int64_t k = 0;
    int32_t row = 0;
    for (int32_t v = 0; v < n; v++) {
        s->offsets[row++] = k;
        s->adj[k++] = n + v;
        s->adj[k++] = 2 * n + v;
    }
    for (int32_t v = 0; v < n; v++) {
        s->offsets[row++] = k;
        s->adj[k++] = v;
        for (int64_t a = g->start[v]; a < g->start[v + 1]; a++) s->adj[k++] = 2 * n + g->head[a];
    }
    for (int32_t v = 0; v < n; v++) {
        s->offsets[row++] = k;
        s->adj[k++] = v;
        for (int32_t i = x.in_start[v]; i < x.in_start[v + 1]; i++) s->adj[k++] = n + x.tail[x.in_arc[i]];
    }
    s->offsets[row] = k;
    s->nde = k;
    int64_t *raw = xcalloc((size_t) total, sizeof *raw);
    for (int32_t v = 0; v < n; v++) { raw[n + v] = 1; raw[2 * n + v] = 2; }
    s->colour = compact(raw, total);
    s->engine = "traces/gadget";
    free(raw);
    incidence_free(&x);
}

/* The split-label gadget: an OUT and an IN copy of a vertex per label it uses; u->v labelled L is the edge
 * out(u, L) - in(v, L). Copies are numbered exactly as DigraphEncoding.splitGadget numbers them. */
static void split_gadget(const struct digraph *g, struct sparse *s) {
    int32_t n = g->n, labels = g->labels;
    int64_t m = g->m;
    struct incidence x;
    incidence(g, &x);
    int32_t *out_copy = xmalloc(sizeof *out_copy * (size_t) m), *in_copy = xmalloc(sizeof *in_copy * (size_t) m);
    int32_t *stamp = xmalloc(sizeof *stamp * (size_t) labels), *id = xmalloc(sizeof *id * (size_t) labels);
    for (int32_t l = 0; l < labels; l++) stamp[l] = -1;
    int64_t next = n;
    for (int32_t u = 0; u < n; u++)
        for (int64_t a = g->start[u]; a < g->start[u + 1]; a++) {
            int32_t l = g->label[a];
            if (stamp[l] != u) { stamp[l] = u; id[l] = (int32_t) next++; }
            out_copy[a] = id[l];
        }
    for (int32_t l = 0; l < labels; l++) stamp[l] = -1;
    for (int32_t v = 0; v < n; v++)
        for (int32_t i = x.in_start[v]; i < x.in_start[v + 1]; i++) {
            int32_t l = g->label[x.in_arc[i]];
            if (stamp[l] != v) { stamp[l] = v; id[l] = (int32_t) next++; }
            in_copy[x.in_arc[i]] = id[l];
        }
    int64_t entries = 2LL * (next - n) + 2LL * m;
    check_fits(next, entries);
    int32_t total = (int32_t) next;
    int32_t *degree = xcalloc((size_t) total, sizeof *degree), *owner = xcalloc((size_t) total, sizeof *owner);
    for (int64_t a = 0; a < m; a++) { owner[out_copy[a]] = x.tail[a]; owner[in_copy[a]] = g->head[a]; }
    for (int32_t c = n; c < total; c++) { degree[c]++; degree[owner[c]]++; }
    for (int64_t a = 0; a < m; a++) { degree[out_copy[a]]++; degree[in_copy[a]]++; }
    s->n = total;
    s->offsets = xmalloc(sizeof *s->offsets * ((size_t) total + 1));
    s->offsets[0] = 0;
    for (int32_t v = 0; v < total; v++) s->offsets[v + 1] = s->offsets[v] + degree[v];
    s->adj = xmalloc(sizeof *s->adj * (size_t) (entries ? entries : 1));
    long *at = xmalloc(sizeof *at * (size_t) total);
    memcpy(at, s->offsets, sizeof *at * (size_t) total);
    for (int32_t c = n; c < total; c++) {
        s->adj[at[c]++] = owner[c];
        s->adj[at[owner[c]]++] = c;
    }
    for (int64_t a = 0; a < m; a++) {
        s->adj[at[out_copy[a]]++] = in_copy[a];
        s->adj[at[in_copy[a]]++] = out_copy[a];
    }
    for (int32_t v = 0; v < total; v++)
        qsort(s->adj + s->offsets[v], (size_t) (s->offsets[v + 1] - s->offsets[v]), sizeof *s->adj, cmp_int);
    s->nde = s->offsets[total];
    int64_t *raw = xcalloc((size_t) total, sizeof *raw);
    for (int64_t a = 0; a < m; a++) {
        raw[out_copy[a]] = 1 + 2LL * g->label[a];
        raw[in_copy[a]] = 1 + 2LL * g->label[a] + 1;
    }
    s->colour = compact(raw, total);
    s->engine = "traces/gadget+split-labels";
    free(raw); free(at); free(owner); free(degree); free(stamp); free(id); free(in_copy); free(out_copy);
    incidence_free(&x);
}

/* ---------- the search ---------- */

struct search {
    const struct sparse *s;
    int status, generators, grpsize2;
    double grpsize1, seconds;
    int *orbits;
};

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double) t.tv_sec + t.tv_nsec / 1e9;
}

static void *run_traces(void *arg) {
    struct search *r = arg;
    const struct sparse *s = r->s;
    double t0 = now();
    r->status = geneft_automorphisms(GENEFT_ENGINE_TRACES, s->n, s->nde, s->offsets, s->adj, s->colour, 0, 0,
                                     &r->grpsize1, &r->grpsize2, &r->generators, r->orbits);
    r->seconds = now() - t0;
    return NULL;
}

/* Traces on a thread with a 1 GiB stack (its recursion is deep on big graphs), as the JVM runs it. */
static void search(struct search *r) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (pthread_attr_setstacksize(&attr, (size_t) 1 << 30) != 0) decline();
    pthread_t thread;
    if (pthread_create(&thread, &attr, run_traces, r) != 0) decline();
    pthread_join(thread, NULL);
    if (r->status == GENEFT_ERR_VERIFY) {
        /* A wrong answer is never reported as a number; the JVM path reports it with its own message and exit code. */
        decline();
    }
    if (r->status != GENEFT_OK) decline();
}

/* ---------- JSON, as Jackson's default pretty printer writes it ---------- */

struct out {
    char *p;
    size_t len, cap;
};

static void put(struct out *o, const char *fmt, ...) {
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        int k = vsnprintf(o->p + o->len, o->cap - o->len, fmt, ap);
        va_end(ap);
        if (k < 0) decline();
        if ((size_t) k < o->cap - o->len) { o->len += (size_t) k; return; }
        o->cap = 2 * o->cap + (size_t) k;
        o->p = realloc(o->p, o->cap);
        if (!o->p) decline();
    }
}

/* The shortest decimal digits that read back to v > 0 (as Double.toString finds them): digits d[0..nd) with d[0] at
 * 10^e. */
static int shortest_digits(double v, char *digits, int *e) {
    char tmp[40];
    for (int p = 0; p < 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p, v);
        if (strtod(tmp, NULL) == v) break;
    }
    int nd = 0;
    const char *c = tmp;
    for (; *c && *c != 'e'; c++) if (*c != '.') digits[nd++] = *c;
    *e = atoi(c + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    return nd;
}

/* Java's Double.toString layout of the shortest decimal that reads back to v: plain from 10^-3 to below 10^7
 * ("0.05", "26271.696683412498", "1.0"), else "d.dddE-n" ("5.450653845314371E-5", "2.52630242E8"). */
static void put_double(struct out *o, double v) {
    if (!isfinite(v)) { put(o, "null"); return; }
    if (v == 0) { put(o, signbit(v) ? "-0.0" : "0.0"); return; }
    char digits[32];
    int e, nd = shortest_digits(fabs(v), digits, &e);
    double a = fabs(v);
    if (v < 0) put(o, "-");
    if (a >= 1e-3 && a < 1e7) {
        if (e >= 0) {
            for (int i = 0; i <= e; i++) put(o, "%c", i < nd ? digits[i] : '0');
            put(o, ".");
            if (nd > e + 1) put(o, "%s", digits + e + 1); else put(o, "0");
        } else {
            put(o, "0.");
            for (int i = 0; i < -e - 1; i++) put(o, "0");
            put(o, "%s", digits);
        }
    } else {
        put(o, "%c.%s", digits[0], nd > 1 ? digits + 1 : "0");
        put(o, "E%d", e);
    }
}

static void put_string(struct out *o, const char *s) {
    put(o, "\"");
    for (const unsigned char *c = (const unsigned char *) s; *c; c++) {
        if (*c == '"') put(o, "\\\"");
        else if (*c == '\\') put(o, "\\\\");
        else if (*c == '\n') put(o, "\\n");
        else if (*c == '\t') put(o, "\\t");
        else if (*c == '\r') put(o, "\\r");
        else if (*c == '\b') put(o, "\\b");
        else if (*c == '\f') put(o, "\\f");
        else if (*c < 0x20) put(o, "\\u%04X", *c);
        else put(o, "%c", *c);
    }
    put(o, "\"");
}

static const char *yes(int b) { return b ? "true" : "false"; }

/* ---------- statics (org.geneft.statics) ---------- */

static double log_miss(double b) { return b <= 1 ? -INFINITY : log1p(-1 / b); }

static double inferable(double b, double m) {
    double unfilled = b == 0 ? 0 : m == 0 ? 1 : exp(m * log_miss(b));
    return 1 - unfilled;
}

/* The path as java.nio.file.Path prints it: repeated and trailing slashes dropped. */
static void source_name(const char *file, char *out) {
    size_t k = 0;
    for (const char *c = file; *c; c++) {
        if (*c == '/' && k > 0 && out[k - 1] == '/') continue;
        out[k++] = *c;
    }
    while (k > 1 && out[k - 1] == '/') k--;
    out[k] = 0;
}

#define FRACTIONS 19

/* Everything `bounds` prints about one graph (StaticBounds with its automorphism group). */
struct result {
    char source[4096];
    const struct digraph *g;
    const struct properties *p;
    const char *engine;
    double log2_aut, log10_aut, seconds;
    int have_exact;
    long long exact;
    int generators, orbits;
    double log2_fact, b;
    const char *row, *formula;   /* Table 2's most specific row, or NULL */
    char row_name[64];
    double row_bits;
    double pstar, N;
    const char *pstar_source;
    char N_reason[128];
    const double *alphas;
    int nalphas;
    double pc[MAX_ALPHAS];
    double transition;
    double fraction[FRACTIONS], m[FRACTIONS], f[FRACTIONS], value[FRACTIONS];
};

static void statics(struct result *x, const struct digraph *g, const struct properties *p, const struct search *r,
                    const struct args *a) {
    int32_t n = g->n;
    x->g = g;
    x->p = p;
    x->generators = r->generators;
    x->seconds = r->seconds;
    x->orbits = 0;
    for (int32_t v = 0; v < n; v++) {
        if (r->orbits[v] < 0 || r->orbits[v] > v) decline();   /* the encoding keeps 0..n-1 as the graph's vertices */
        if (r->orbits[v] == v) x->orbits++;
    }
    x->log10_aut = log10(r->grpsize1) + r->grpsize2;
    x->log2_aut = x->log10_aut / log10(2.0);
    /* grpsize1 * 10^grpsize2 is exact only while it is a whole double below 2^53 with no power of ten. */
    x->have_exact = r->grpsize2 == 0 && r->grpsize1 >= 1 && r->grpsize1 <= 9007199254740992.0
                    && r->grpsize1 == rint(r->grpsize1);
    x->exact = x->have_exact ? (long long) r->grpsize1 : 0;
    x->log2_fact = lgamma(n + 1.0) / log(2.0);
    x->b = x->log2_fact - x->log2_aut;
    if (x->b < 0 && x->b > -1e-9 * fmax(1, x->log2_aut)) x->b = 0;   /* |Aut| <= n!: rounding of the two logs */
    if (!(x->b >= 0) || isinf(x->b)) decline();
    double nn = (double) n * n;
    x->N = labelled(g) ? g->labels * nn : nn;
    if (labelled(g))
        snprintf(x->N_reason, sizeof x->N_reason,
                 "L*n^2 with L=%d labels: every (head, relation, tail) triple is one labelled pair", g->labels);
    else
        snprintf(x->N_reason, sizeof x->N_reason, "n^2 ordered pairs of one relation (Sec. II)");
    switch (p->klass) {
        case EQUIVALENCE: x->pstar = 1.0 / p->k; x->pstar_source = "1/k, equivalence (Sec. III)"; break;
        case COMPLETE_BIPARTITE: x->pstar = 0.5; x->pstar_source = "1/2, complete bipartite (Sec. III)"; break;
        case TOTAL_ORDER:
            x->pstar = 1.0 / 3;
            x->pstar_source = "1/3, total order (Sec. III, three-element argument)";
            break;
        default: x->pstar = (double) g->m / x->N; x->pstar_source = "arc density (no class of the paper detected)";
    }
    x->row = x->formula = NULL;
    if (p->klass == EQUIVALENCE) {
        snprintf(x->row_name, sizeof x->row_name, "equivalence with k=%d classes", p->k);
        x->row = x->row_name; x->formula = "n log2 k"; x->row_bits = n * (log(p->k) / log(2));
    } else if (p->klass == TOTAL_ORDER) {
        x->row = "total order"; x->formula = "n log2(n/e)"; x->row_bits = n * (log(n / M_E) / log(2));
    } else if (p->klass == COMPLETE_BIPARTITE) {
        x->row = "complete bipartite"; x->formula = "n"; x->row_bits = n;
    } else if (p->symmetric) {
        x->row = "symmetric"; x->formula = "n(n+1)/2"; x->row_bits = (double) n * (n + 1) / 2;
    } else if (p->antisymmetric) {
        x->row = "antisymmetric"; x->formula = "n(n-1)/2"; x->row_bits = (double) n * (n - 1) / 2;
    } else if (p->reflexive) {
        x->row = "reflexive"; x->formula = "n(n-1)"; x->row_bits = (double) n * (n - 1);
    }
    /* Eq. 4 and Eq. 5 of the balls-in-buckets model (BallsInBuckets). */
    double b = x->b;
    x->alphas = a->alphas;
    x->nalphas = a->nalphas;
    for (int i = 0; i < a->nalphas; i++)
        x->pc[i] = b == 0 ? 0 : b <= 1 ? 1 / x->N : log1p(-a->alphas[i]) / (x->N * log_miss(b));
    x->transition = b / x->N;
    for (int i = 0; i < FRACTIONS; i++) {
        x->fraction[i] = round((i + 1) * 5.0) / 100.0;   /* Fractions.defaultGrid */
        x->m[i] = x->fraction[i] * x->N;
        x->f[i] = inferable(b, x->m[i]);
        x->value[i] = x->f[i] + fmax(x->pstar, 1 - x->pstar) * (1 - x->f[i]);
    }
}

/* One top-level field of the JSON object after the first: a number (null when not finite) or a string. */
static void json_double(struct out *o, const char *name, double v) {
    put(o, ",\n  \"%s\" : ", name);
    put_double(o, v);
}

static void json_string(struct out *o, const char *name, const char *v) {
    put(o, ",\n  \"%s\" : ", name);
    if (v) put_string(o, v); else put(o, "null");
}

/* The `bounds --json` object (BoundsJson). */
static void print_json(struct out *o, const struct result *x) {
    const struct properties *p = x->p;
    put(o, "{\n  \"source\" : ");
    put_string(o, x->source);
    put(o, ",\n  \"n\" : %d,\n  \"arcs\" : %lld,\n  \"loops\" : %lld,\n  \"labels\" : %d,\n", x->g->n,
        (long long) x->g->m, (long long) p->loops, x->g->labels);
    put(o, "  \"properties\" : {\n    \"reflexive\" : %s,\n    \"irreflexive\" : %s,\n    \"symmetric\" : %s,\n"
           "    \"antisymmetric\" : %s,\n    \"transitive\" : %s,\n    \"total\" : %s,\n    \"class\" : ",
        yes(p->reflexive), yes(p->irreflexive), yes(p->symmetric), yes(p->antisymmetric),
        p->transitive < 0 ? "null" : yes(p->transitive), yes(p->total));
    if (p->klass == NONE) put(o, "null");
    else if (p->klass == EQUIVALENCE) {
        put(o, "{\n      \"kind\" : \"equivalence\",\n      \"k\" : %d,\n      \"class_sizes\" : [ ", p->k);
        for (int32_t i = 0; i < p->k; i++) put(o, i ? ", %d" : "%d", p->class_sizes[i]);
        put(o, " ]\n    }");
    } else if (p->klass == TOTAL_ORDER) put(o, "{\n      \"kind\" : \"total_order\"\n    }");
    else put(o, "{\n      \"kind\" : \"complete_bipartite\",\n      \"side_a\" : %d,\n      \"side_c\" : %d,\n"
                "      \"note\" : \"the complement of an equivalence with two classes (no loops), not itself an "
                "equivalence\"\n    }", p->side_a, x->g->n - p->side_a);
    put(o, "\n  }");
    json_double(o, "log2_aut", x->log2_aut);
    json_double(o, "log10_aut", x->log10_aut);
    if (x->have_exact) put(o, ",\n  \"aut_exact\" : \"%lld\"", x->exact);
    else put(o, ",\n  \"aut_exact\" : null");
    put(o, ",\n  \"aut_generators\" : %d,\n  \"aut_orbits\" : %d", x->generators, x->orbits);
    json_double(o, "log2_n_factorial", x->log2_fact);
    json_double(o, "b_bits", x->b);
    json_double(o, "b_table2_bits", x->row ? x->row_bits : NAN);
    json_string(o, "b_table2_row", x->row);
    json_string(o, "b_table2_formula", x->formula);
    if (p->klass == TOTAL_ORDER) json_double(o, "b_sec3_text_bits", x->g->n * (log(x->g->n / 2.0) / log(2)));
    json_double(o, "p_star", x->pstar);
    json_string(o, "p_star_source", x->pstar_source);
    json_double(o, "N", x->N);
    json_string(o, "N_reason", x->N_reason);
    put(o, ",\n  \"p_c\" : {\n");
    for (int i = 0; i < x->nalphas; i++) {
        put(o, "    \"");
        put_double(o, x->alphas[i]);
        put(o, "\" : ");
        put_double(o, x->pc[i]);
        put(o, i + 1 < x->nalphas ? ",\n" : "\n");
    }
    put(o, "  }");
    json_double(o, "transition_fraction", x->transition);
    put(o, ",\n  \"f_ub\" : [ ");
    for (int i = 0; i < FRACTIONS; i++) {
        put(o, i ? ", {\n    \"fraction\" : " : "{\n    \"fraction\" : ");
        put_double(o, x->fraction[i]);
        put(o, ",\n    \"m\" : ");
        put_double(o, x->m[i]);
        put(o, ",\n    \"f\" : ");
        put_double(o, x->f[i]);
        put(o, ",\n    \"value\" : ");
        put_double(o, x->value[i]);
        put(o, "\n  }");
    }
    put(o, " ]");
    json_double(o, "aut_seconds", x->seconds);
    json_string(o, "engine", x->engine);
    put(o, ",\n  \"reduction\" : null\n}\n");
}

/* Java's %W.Nf (java.util.Formatter): the shortest decimal digits of the double, rounded half up at N decimals, so
 * 18.15 (the double 18.149999999999998...) prints 18.2 at one decimal where C's printf, rounding the exact binary
 * value, prints 18.1. Right-aligned in W characters. */
static void put_fixed(struct out *o, double v, int width, int prec) {
    char text[1600];
    if (!isfinite(v)) {
        snprintf(text, sizeof text, "%s", isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
        put(o, "%*s", width, text);
        return;
    }
    char digits[32];
    int e = 0, nd = v == 0 ? 0 : shortest_digits(fabs(v), digits, &e);
    /* The digit at 10^k, from the shortest digits (zeros beyond them). */
#define DIGIT(k) ((nd > 0 && e - (k) >= 0 && e - (k) < nd) ? digits[e - (k)] - '0' : 0)
    int top = e > 0 ? e : 0;                  /* the highest integer place printed */
    int count = top + 1 + prec;               /* places from 10^top down to 10^-prec */
    int *place = calloc((size_t) count + 1, sizeof *place);
    if (!place) decline();
    for (int i = 0; i < count; i++) place[i + 1] = DIGIT(top - i);
    if (DIGIT(-prec - 1) >= 5)                /* half up */
        for (int i = count; i >= 0; i--) {
            if (++place[i] < 10) break;
            place[i] = 0;
        }
#undef DIGIT
    size_t k = 0;
    if (signbit(v)) text[k++] = '-';
    int i = place[0] ? 0 : 1;                 /* a carry out of the top place adds a digit */
    for (; i <= top + 1; i++) text[k++] = (char) ('0' + place[i]);
    if (prec > 0) {
        text[k++] = '.';
        for (i = top + 2; i <= count; i++) text[k++] = (char) ('0' + place[i]);
    }
    text[k] = 0;
    free(place);
    put(o, "%*s", width, text);
}

/* The readable `bounds` output (BoundsTable), without a reduction line: the native side searched the whole graph. */
static void print_table(struct out *o, const struct result *x) {
    const struct properties *p = x->p;
    put(o, "graph            %s\n", x->source);
    put(o, "n, arcs, loops   %d, %lld, %lld", x->g->n, (long long) x->g->m, (long long) p->loops);
    if (x->g->labels > 1) put(o, " (%d arc labels)", x->g->labels);
    put(o, "\nproperties       ");
    struct out props = {xmalloc(256), 0, 256};
    if (p->reflexive) put(&props, "reflexive ");
    if (p->irreflexive) put(&props, "irreflexive ");
    if (p->symmetric) put(&props, "symmetric ");
    if (p->antisymmetric) put(&props, "antisymmetric ");
    if (p->transitive < 0) put(&props, "transitive:unknown(too costly) ");
    else if (p->transitive) put(&props, "transitive ");
    if (p->total) put(&props, "total ");
    if (props.len == 0) put(&props, "none ");
    if (p->klass == EQUIVALENCE) {
        put(&props, "-> equivalence with %d classes (sizes ", p->k);
        for (int32_t i = 0; i < p->k; i++) put(&props, i ? ",%d" : "%d", p->class_sizes[i]);
        put(&props, ")");
    } else if (p->klass == TOTAL_ORDER) {
        put(&props, "-> strict total order");
    } else if (p->klass == COMPLETE_BIPARTITE) {
        put(&props, "-> complete bipartite K_{%d,%d} (complement of a 2-class equivalence, no loops)", p->side_a,
            x->g->n - p->side_a);
    }
    while (props.len > 0 && props.p[props.len - 1] == ' ') props.p[--props.len] = 0;
    put(o, "%s\n", props.p);
    free(props.p);
    put(o, "log2 |Aut(G)|    ");
    put_fixed(o, x->log2_aut, 0, 6);
    put(o, "   (log10 ");
    put_fixed(o, x->log10_aut, 0, 6);
    if (x->have_exact) put(o, "; exactly %lld", x->exact);
    put(o, "; %d generators, %d orbits; %s, ", x->generators, x->orbits, x->engine);
    put_fixed(o, x->seconds, 0, 3);
    put(o, " s)\nb (exact)        ");
    put_fixed(o, x->b, 0, 6);
    put(o, " bits = log2 n! (");
    put_fixed(o, x->log2_fact, 0, 6);
    put(o, ") - log2 |Aut|\n");
    if (x->row) {
        put(o, "b (Table 2)      ");
        put_fixed(o, x->row_bits, 0, 6);
        put(o, " bits   [%s: %s]\n", x->row, x->formula);
    } else {
        put(o, "b (Table 2)      -   (no row of Table 2 applies)\n");
    }
    if (p->klass == TOTAL_ORDER) {
        put(o, "b (Sec. III)     ");
        put_fixed(o, x->g->n * (log(x->g->n / 2.0) / log(2)), 0, 6);
        put(o, " bits   [the text's n log2(n/2)]\n");
    }
    put(o, "N                ");
    put_fixed(o, x->N, 0, 0);
    put(o, "   (%s)\np*               ", x->N_reason);
    put_fixed(o, x->pstar, 0, 6);
    put(o, "   (%s)\ntransition b/N   ", x->pstar_source);
    put_fixed(o, x->transition, 0, 6);
    put(o, "\n");
    for (int i = 0; i < x->nalphas; i++) {
        struct out key = {xmalloc(64), 0, 64};
        put_double(&key, x->alphas[i]);
        put(o, "p_c(alpha=%s)%*s", key.p, (int) (key.len < 5 ? 6 - key.len : 1), "");
        free(key.p);
        put_fixed(o, x->pc[i], 0, 6);
        put(o, "%s\n", x->pc[i] > 1 ? "   (> 1: not reachable by Eq. 4)" : "");
    }
    put(o, "\n%9s %12s %9s %9s\n", "fraction", "m", "f (Eq.3)", "f_UB(Eq.5)");
    for (int i = 0; i < FRACTIONS; i++) {
        put_fixed(o, x->fraction[i], 9, 4);
        put(o, " ");
        put_fixed(o, x->m[i], 12, 1);
        put(o, " ");
        put_fixed(o, x->f[i], 9, 6);
        put(o, " ");
        put_fixed(o, x->value[i], 9, 6);
        put(o, "\n");
    }
}

/* Reads, searches and prints the answer to stdout (the pipe to the coordinating parent); any failure declines. */
static void work(const struct args *a, size_t max_bytes) {
    size_t len;
    char *buf = read_file(a->file, max_bytes, &len);
    struct digraph g;
    read_triples(buf, len, &g);
    free(buf);
    struct sparse s;
    struct properties p;
    detect(&g, &p);
    if (!labelled(&g) && p.symmetric) undirected(&g, p.loops, &s);   /* DigraphEncoding.isUndirected */
    else if (labelled(&g)) split_gadget(&g, &s);
    else gadget(&g, &s);
    struct search r;
    memset(&r, 0, sizeof r);
    r.s = &s;
    r.orbits = xmalloc(sizeof *r.orbits * (size_t) s.n);
    search(&r);

    static struct result x;
    if (strlen(a->file) >= sizeof x.source) decline();
    source_name(a->file, x.source);
    x.engine = s.engine;
    statics(&x, &g, &p, &r, a);
    struct out o = {xmalloc(1 << 16), 0, 1 << 16};
    if (a->json) print_json(&o, &x);
    else print_table(&o, &x);
    if (fwrite(o.p, 1, o.len, stdout) != o.len || fflush(stdout) != 0) _exit(DECLINE);
    _exit(0);
}

/* Reads all of fd into a growing buffer; returns the length, or -1 on a read error. */
static ssize_t read_all(int fd, char **data) {
    size_t cap = 1 << 16, len = 0;
    char *p = xmalloc(cap);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            p = realloc(p, cap);
            if (!p) return -1;
        }
        ssize_t got = read(fd, p + len, cap - len);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return -1;
        if (got == 0) break;
        len += (size_t) got;
    }
    *data = p;
    return (ssize_t) len;
}

int main(int argc, char **argv) {
    /* geneft-bounds --jvm JAVA ARGS... -- bounds OPTIONS... FILE */
    int split = 2;
    while (split < argc && strcmp(argv[split], "--") != 0) split++;
    if (argc < 4 || strcmp(argv[1], "--jvm") != 0 || split >= argc - 1) {
        fprintf(stderr, "usage: geneft-bounds --jvm JAVA [JAVA ARGUMENTS] -- bounds [OPTIONS] FILE\n");
        return 2;
    }
    jvm_argv = xcalloc((size_t) argc, sizeof *jvm_argv);
    for (int i = 2; i < split; i++) jvm_argv[i - 2] = argv[i];
    for (int i = split + 1; i < argc; i++) jvm_argv[split - 2 + i - split - 1] = argv[i];
    struct args a;
    parse_args(argc - split, argv + split, &a);
    const char *env = getenv("GENEFT_NATIVE_BUDGET");
    double budget = env ? atof(env) : 0.2;
    env = getenv("GENEFT_NATIVE_MAX_BYTES");
    size_t max_bytes = env ? (size_t) atoll(env) : (size_t) 4 << 20;
    /* Only a regular file is raced: a pipe or a device (process substitution, /dev/stdin) read by two processes would
     * give each a part of it. A missing file is the JVM's to report. */
    struct stat file;
    if (stat(a.file, &file) != 0 || !S_ISREG(file.st_mode) || (size_t) file.st_size > max_bytes) jvm_exec();
    double deadline = now() + budget;
    jvm_start();

    int fds[2];
    if (pipe(fds) != 0) decline();
    worker = fork();
    if (worker < 0) { worker = -1; decline(); }
    if (worker == 0) {
        in_worker = 1;
        int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};   /* the parent forwards them; the worker just ends */
        for (size_t i = 0; i < sizeof signals / sizeof *signals; i++) signal(signals[i], SIG_DFL);
        close(fds[0]);
        close(jvm_out);
        if (dup2(fds[1], 1) < 0) _exit(DECLINE);
        close(fds[1]);
        /* The lowest priority: the worker takes what CPU the JVM leaves idle (its start is mostly one thread). */
        setpriority(PRIO_PROCESS, 0, 19);
        work(&a, max_bytes);
    }
    close(fds[1]);
    /* Whichever answers first: the worker, with its whole answer (then the JVM is ended), or the JVM (then the
     * worker is). */
    struct pollfd p[2] = {{fds[0], POLLIN, 0}, {jvm_out, POLLIN, 0}};
    for (;;) {
        double left = deadline - now();
        if (left <= 0) decline();
        int ready = poll(p, 2, (int) (left * 1000) + 1);
        if (ready < 0 && errno != EINTR) decline();
        if (ready <= 0) continue;
        if (p[1].revents) decline();
        if (p[0].revents) break;
    }
    char *answer;
    ssize_t len = read_all(fds[0], &answer);
    int status;
    while (waitpid(worker, &status, 0) < 0)
        if (errno != EINTR) decline();
    worker = -1;
    if (len <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) decline();
    jvm_kill();
    if (fwrite(answer, 1, (size_t) len, stdout) != (size_t) len || fflush(stdout) != 0) return 1;
    return 0;
}
