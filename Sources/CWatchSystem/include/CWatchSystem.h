#ifndef CWATCHSYSTEM_H
#define CWATCHSYSTEM_H

/// renameat2(..., RENAME_NOREPLACE): renames only if the target does not exist (errno EEXIST
/// otherwise), atomically. Returns 0 or -1 with errno set.
int mtlint_rename_noreplace(int from_directory, const char *from_name, int to_directory, const char *to_name);

/// fstatfs(descriptor)->f_type (the file system's magic number), or -1 with errno set.
long mtlint_filesystem_type(int descriptor);

/// mallopt(M_MMAP_THRESHOLD, bytes): allocations of at least `bytes` are mapped on their own
/// and returned to the system when freed (a fixed threshold also stops glibc from raising it
/// after each such free). Returns 1 on success, 0 on error.
int mtlint_fix_mmap_threshold(unsigned long bytes);

/// mallopt(M_MMAP_THRESHOLD, mapping_threshold) and mallopt(M_TRIM_THRESHOLD, INT_MAX): smaller
/// allocations come from the heap, and memory freed at its top is kept rather than returned to
/// the system. Returns 1 if glibc took both settings, else 0.
int mtlint_keep_freed_memory(unsigned long mapping_threshold);

#endif
