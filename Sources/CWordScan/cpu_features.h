#ifndef CWORDSCAN_CPU_FEATURES_H
#define CWORDSCAN_CPU_FEATURES_H

/// Whether the processor has AVX2, and BMI1 and BMI2 with it (as every one with AVX2 but a
/// few has: the wide word scan is compiled for all three): a load and a test of the feature
/// bits the runtime reads at start-up, inline in each scan (the scans are called tens of
/// thousands of times a text).
static inline int cpu_has_avx2(void) {
#if defined(__x86_64__)
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2");
#else
    return 0;
#endif
}

#endif
