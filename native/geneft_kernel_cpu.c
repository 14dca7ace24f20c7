/* Whether this CPU runs geneft_kernel.c's code (AVX-512F and FMA). Compiled without those instructions, so the check
 * itself runs anywhere; the Java side calls nothing else in the library when it answers 0. */
#include "geneft_kernel.h"

int gk_supported(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("fma");
}
