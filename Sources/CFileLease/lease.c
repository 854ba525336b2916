#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "CFileLease.h"

// A mapping and the descriptor whose lease guards it; `leased` is -1 once the lease is given up
// (the mapping is then a private copy), `address` NULL until the file is mapped.
typedef struct {
    void *address;
    size_t length;
    int leased;
} leased_mapping;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static leased_mapping *mappings;
static size_t mapping_count, mapping_room;
// Lease breaks, as the descriptors they concern, from the signal handler to the watcher thread.
static int breaks[2] = {-1, -1};
static pthread_once_t watcher_once = PTHREAD_ONCE_INIT;
static int watcher_ready;

// A read lease whose break is announced by SIGURG (with the descriptor in si_fd), whose
// default action is to ignore it, rather than by SIGIO, whose default action ends the process.
static int take_read_lease(int descriptor) {
    if (fcntl(descriptor, F_SETSIG, SIGURG) != 0) return -1;
    return fcntl(descriptor, F_SETLEASE, F_RDLCK);
}

// Runs in whichever thread the kernel picks: only an async-signal-safe write. The pipe does not
// block (a full pipe drops the break; the opener then waits for the unmapping, as without this).
static void on_lease_break(int signal, siginfo_t *info, void *context) {
    (void)signal;
    (void)context;
    int saved = errno;
    int descriptor = info->si_fd;
    ssize_t written = write(breaks[1], &descriptor, sizeof descriptor);
    (void)written;
    errno = saved;
}

// Replaces the mapping at `address` by a private copy of its bytes in one step: mremap moves
// the copy's pages over the old range, so a reader sees the file's bytes or the copy's,
// never a hole. The file is intact meanwhile: its opener waits for the lease.
static int replace_with_copy(void *address, size_t length) {
    void *copy = mmap(NULL, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (copy == MAP_FAILED) return -1;
    memcpy(copy, address, length);
    if (mprotect(copy, length, PROT_READ) != 0
        || mremap(copy, length, length, MREMAP_MAYMOVE | MREMAP_FIXED, address) == MAP_FAILED) {
        munmap(copy, length);
        return -1;
    }
    return 0;
}

// Gives up the lease of a mapping after its copy: the opener goes on.
static void release(leased_mapping *mapping) {
    fcntl(mapping->leased, F_SETLEASE, F_UNLCK);
    close(mapping->leased);
    mapping->leased = -1;
}

static leased_mapping *find_mapped(const void *address) {
    for (size_t index = 0; index < mapping_count; index++) {
        if (mappings[index].address == address) return &mappings[index];
    }
    return NULL;
}

static leased_mapping *find_leased(int descriptor) {
    for (size_t index = 0; index < mapping_count; index++) {
        if (mappings[index].leased == descriptor) return &mappings[index];
    }
    return NULL;
}

// Whether a lease has a break pending: a read lease being broken reports the type it is to
// become (F_UNLCK), not F_RDLCK.
static int breaking(int leased) {
    return fcntl(leased, F_GETLEASE) != F_RDLCK;
}

// Copies a mapping whose lease has a break pending, and gives the lease up. (A copy that
// failed keeps the lease: the opener waits for the unmapping.)
static void copy_if_breaking(leased_mapping *mapping) {
    if (mapping->leased >= 0 && mapping->address && breaking(mapping->leased)
        && replace_with_copy(mapping->address, mapping->length) == 0) {
        release(mapping);
    }
}

static void *watch(void *unused) {
    (void)unused;
    for (;;) {
        int descriptor;
        ssize_t count = read(breaks[0], &descriptor, sizeof descriptor);
        if (count < 0 && errno == EINTR) continue;
        if (count != (ssize_t)sizeof descriptor) return NULL;
        // Every mapping with a break pending, not only the one the signal names: SIGURG is not
        // queued, so two breaks at once may arrive as one (and a descriptor named late may
        // already belong to a later mapping). One not yet mapped is its mapper's to check.
        pthread_mutex_lock(&lock);
        for (size_t index = 0; index < mapping_count; index++) copy_if_breaking(&mappings[index]);
        pthread_mutex_unlock(&lock);
    }
}

static void start_watcher(void) {
    if (pipe2(breaks, O_CLOEXEC) != 0) return;
    if (fcntl(breaks[1], F_SETFL, O_NONBLOCK) != 0) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_lease_break;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGURG, &action, NULL) != 0) return;
    pthread_attr_t attributes;
    pthread_t thread;
    if (pthread_attr_init(&attributes) != 0) return;
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    // Every signal blocked in the watcher: the break is the handler's to take, in another thread.
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    int created = pthread_create(&thread, &attributes, watch, NULL);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    pthread_attr_destroy(&attributes);
    if (created == 0) watcher_ready = 1;
}

static void forget(leased_mapping *mapping) {
    *mapping = mappings[--mapping_count];
}

const void *mtlint_map_leased(int descriptor, size_t length) {
    pthread_once(&watcher_once, start_watcher);
    if (!watcher_ready || length == 0) return NULL;
    int leased = fcntl(descriptor, F_DUPFD_CLOEXEC, 0);
    if (leased < 0) return NULL;
    // Listed before the lease is taken, so that the unmapping finds it whatever happens.
    pthread_mutex_lock(&lock);
    if (mapping_count == mapping_room) {
        size_t room = mapping_room ? 2 * mapping_room : 8;
        leased_mapping *grown = realloc(mappings, room * sizeof *grown);
        if (!grown) {
            pthread_mutex_unlock(&lock);
            close(leased);
            return NULL;
        }
        mappings = grown;
        mapping_room = room;
    }
    mappings[mapping_count++] = (leased_mapping){NULL, length, leased};
    pthread_mutex_unlock(&lock);
    // The size is read again under the lease: it could have changed since the caller read it.
    struct stat status;
    void *address = MAP_FAILED;
    if (take_read_lease(leased) == 0 && fstat(leased, &status) == 0 && (size_t)status.st_size == length) {
        // MAP_POPULATE maps the cached pages up front, not with a page fault each.
        address = mmap(NULL, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, leased, 0);
    }
    pthread_mutex_lock(&lock);
    leased_mapping *mapping = find_leased(leased);
    if (address == MAP_FAILED) {
        if (mapping) forget(mapping);
        pthread_mutex_unlock(&lock);
        close(leased);
        return NULL;
    }
    mapping->address = address;
    // A break that came before the mapping was listed as mapped: copied at once, as the
    // watcher does for those after.
    copy_if_breaking(mapping);
    pthread_mutex_unlock(&lock);
    return address;
}

void mtlint_unmap_leased(const void *address, size_t length) {
    pthread_mutex_lock(&lock);
    int leased = -1;
    leased_mapping *mapping = find_mapped(address);
    if (mapping) {
        leased = mapping->leased;
        forget(mapping);
    }
    munmap((void *)address, length);
    pthread_mutex_unlock(&lock);
    // Closing the last descriptor of the open file releases its lease.
    if (leased >= 0) close(leased);
}

int mtlint_lease_is_held(const void *address) {
    pthread_mutex_lock(&lock);
    leased_mapping *mapping = find_mapped(address);
    int held = mapping && mapping->leased >= 0;
    pthread_mutex_unlock(&lock);
    return held;
}
