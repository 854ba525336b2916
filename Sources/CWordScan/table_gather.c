#include "CWordScan.h"
#include "cpu_features.h"

// One row at a time: the portable paths, and the last rows of the AVX2 ones.

static void gather_int32_scalar(const int32_t *table, const int32_t *indices, int32_t *out, size_t from, size_t count) {
    for (size_t index = from; index < count; index++) out[index] = table[indices[index]];
}

static void gather_bytes_scalar(const int32_t *table, const int32_t *indices, uint8_t *out, size_t from, size_t count) {
    for (size_t index = from; index < count; index++) out[index] = (uint8_t)table[indices[index]];
}

static size_t first_negative_scalar(const int32_t *rows, const int32_t *indices, size_t from, size_t count) {
    for (size_t index = from; index < count; index++) {
        if (rows[indices[index]] < 0) return index;
    }
    return count;
}

#if defined(__x86_64__)
#include <immintrin.h>

/// Eight values a step with one gather: a scalar loop took four instructions a value (two
/// loads, a store and the loop's count), a table of millions of words.
__attribute__((target("avx2"))) static void gather_int32_avx2(const int32_t *table, const int32_t *indices, int32_t *out, size_t count) {
    size_t index = 0;
    for (; index + 16 <= count; index += 16) {
        // Two gathers a step, so that the second does not wait for the first's loads.
        __m256i low = _mm256_i32gather_epi32(table, _mm256_loadu_si256((const __m256i *)(indices + index)), 4);
        __m256i high = _mm256_i32gather_epi32(table, _mm256_loadu_si256((const __m256i *)(indices + index + 8)), 4);
        _mm256_storeu_si256((__m256i *)(out + index), low);
        _mm256_storeu_si256((__m256i *)(out + index + 8), high);
    }
    gather_int32_scalar(table, indices, out, index, count);
}

/// Sixteen bytes a step: two gathers of eight rows, packed to bytes (the rows are bytes
/// already, so nothing saturates); the packs work within 128-bit lanes, so the four
/// 32-bit groups are put back in order last.
__attribute__((target("avx2"))) static void gather_bytes_avx2(const int32_t *table, const int32_t *indices, uint8_t *out, size_t count) {
    size_t index = 0;
    for (; index + 16 <= count; index += 16) {
        __m256i low = _mm256_i32gather_epi32(table, _mm256_loadu_si256((const __m256i *)(indices + index)), 4);
        __m256i high = _mm256_i32gather_epi32(table, _mm256_loadu_si256((const __m256i *)(indices + index + 8)), 4);
        // 16-bit rows: low 0-3, high 0-3 | low 4-7, high 4-7 (a lane each); bytes, in
        // 32-bit groups: low 0-3, high 0-3, the same again | low 4-7, high 4-7, the same again.
        __m256i halves = _mm256_packus_epi32(low, high);
        __m256i bytes = _mm256_packus_epi16(halves, halves);
        __m256i ordered = _mm256_permutevar8x32_epi32(bytes, _mm256_setr_epi32(0, 4, 1, 5, 0, 4, 1, 5));
        _mm_storeu_si128((__m128i *)(out + index), _mm256_castsi256_si128(ordered));
    }
    gather_bytes_scalar(table, indices, out, index, count);
}

/// Sixteen rows a step, two gathers tested at once (their sign bits are the marks).
__attribute__((target("avx2"))) static size_t first_negative_avx2(const int32_t *rows, const int32_t *indices, size_t from, size_t count) {
    size_t index = from;
    for (; index + 16 <= count; index += 16) {
        __m256i low = _mm256_i32gather_epi32(rows, _mm256_loadu_si256((const __m256i *)(indices + index)), 4);
        __m256i high = _mm256_i32gather_epi32(rows, _mm256_loadu_si256((const __m256i *)(indices + index + 8)), 4);
        // Nearly no row is: the two are tested in one (the sign bits of either).
        __m256 either = _mm256_castsi256_ps(_mm256_or_si256(low, high));
        if (_mm256_testz_ps(either, either)) continue;
        unsigned negative = (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(low)) | (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(high)) << 8;
        return index + (size_t)__builtin_ctz(negative);
    }
    return first_negative_scalar(rows, indices, index, count);
}
#endif

void mtl_gather_int32(const int32_t *table, const int32_t *indices, int32_t *out, size_t count) {
    mtl_gather_int32_with(table, indices, out, count, cpu_has_avx2());
}

void mtl_gather_int32_with(const int32_t *table, const int32_t *indices, int32_t *out, size_t count, int avx2) {
#if defined(__x86_64__)
    if (avx2) {
        gather_int32_avx2(table, indices, out, count);
        return;
    }
#else
    (void)avx2;
#endif
    gather_int32_scalar(table, indices, out, 0, count);
}

void mtl_gather_bytes(const int32_t *table, const int32_t *indices, uint8_t *out, size_t count) {
    mtl_gather_bytes_with(table, indices, out, count, cpu_has_avx2());
}

void mtl_gather_bytes_with(const int32_t *table, const int32_t *indices, uint8_t *out, size_t count, int avx2) {
#if defined(__x86_64__)
    if (avx2) {
        gather_bytes_avx2(table, indices, out, count);
        return;
    }
#else
    (void)avx2;
#endif
    gather_bytes_scalar(table, indices, out, 0, count);
}

size_t mtl_first_negative(const int32_t *rows, const int32_t *indices, size_t from, size_t count) {
    return mtl_first_negative_with(rows, indices, from, count, cpu_has_avx2());
}

size_t mtl_first_negative_with(const int32_t *rows, const int32_t *indices, size_t from, size_t count, int avx2) {
#if defined(__x86_64__)
    if (avx2) return first_negative_avx2(rows, indices, from, count);
#else
    (void)avx2;
#endif
    return first_negative_scalar(rows, indices, from, count);
}
