#ifndef CFILELEASE_H
#define CFILELEASE_H

/// Takes a read lease on an open file (fcntl F_SETLEASE, F_RDLCK): until it is released, a
/// process that opens the file for writing or truncates it waits (up to
/// /proc/sys/fs/lease-break-time seconds). The break is announced by SIGURG, whose default
/// action is to ignore it, rather than SIGIO, whose default action ends the process.
/// Returns 0, or -1 with errno set: EAGAIN when the file is open for writing somewhere,
/// EACCES when the caller neither owns the file nor has CAP_LEASE, EINVAL where the file
/// system has no leases. The lease goes with the last descriptor of the open file.
int mtlint_take_read_lease(int descriptor);

#endif
