#ifndef CFILELEASE_H
#define CFILELEASE_H

#include <stddef.h>

/// Maps `length` bytes (the whole file, which must be that long) of the open file
/// `descriptor`, read-only and private, under a read lease (fcntl F_SETLEASE, F_RDLCK) held
/// by a descriptor of its own: a lease is refused when the file is open for writing
/// somewhere, when the caller neither owns the file nor has CAP_LEASE, and where the file
/// system has none.
/// When another process opens the file for writing or truncates it, the lease's break
/// (SIGURG, caught by a handler installed on first use) has a thread of this library copy the
/// mapped bytes into private memory that takes the mapping's place at the same address, then
/// give up the lease: the other process waits for the copy, not for the mapping's end, and
/// this one never reads a truncated page (SIGBUS). Returns the address, or NULL when the
/// lease, the handler or the mapping cannot be had (read the file instead).
const void *mtlint_map_leased(int descriptor, size_t length);

/// Unmaps a mapping made by mtlint_map_leased and gives up its lease if it still holds it.
void mtlint_unmap_leased(const void *address, size_t length);

/// Whether the mapping at `address` still holds its lease (1), or is a private copy (0).
int mtlint_lease_is_held(const void *address);

#endif
