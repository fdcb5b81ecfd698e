"""A pass-through FUSE file system that forgets, at a simulated power cut, what was never synced.

Writes reach the backing folder at once (the page cache); a copy of each file is taken as it stands
at every fsync (the disk). When the file system is unmounted, each file written through it is put
back to its last synced copy plus a random subset of the writes made since, in order: what a power
cut may leave, since the kernel may already have flushed some dirty pages and not others. SQLite's
shared-memory index lives only in memory, so it is dropped.

    python -m tests.faults.lossy_fs BACKING MOUNTPOINT SEED KEEP_PROBABILITY
"""

import errno
import os
import random
import sys

import mfusepy as fuse


class LossyFS(fuse.Operations):
    use_ns = True  # utimens gets nanoseconds, as os.utime(ns=...) takes them
    def __init__(self, root: str, seed: int, keep: float):
        self.root = root
        self.random = random.Random(seed)
        self.keep = keep
        self.synced: dict[str, bytes] = {}  # path -> contents at the last fsync (or before the first write)
        self.pending: dict[str, list[tuple]] = {}  # path -> writes and truncations since then

    def _full(self, path: str) -> str:
        return os.path.join(self.root, path.lstrip("/"))

    def _track(self, path: str) -> None:
        if path not in self.synced:
            full = self._full(path)
            self.synced[path] = open(full, "rb").read() if os.path.exists(full) else b""
            self.pending[path] = []

    # -- the operations SQLite uses --------------------------------------------
    def access(self, path, amode):
        if not os.access(self._full(path), amode):
            raise fuse.FuseOSError(errno.EACCES)
        return 0

    def getattr(self, path, fh=None):
        st = os.lstat(self._full(path))
        return {key: getattr(st, key) for key in ("st_atime", "st_ctime", "st_gid", "st_mode", "st_mtime",
                                                  "st_nlink", "st_size", "st_uid")}

    def readdir(self, path, fh):
        return [".", "..", *os.listdir(self._full(path))]

    def statfs(self, path):
        st = os.statvfs(self._full(path))
        return {key: getattr(st, key) for key in ("f_bavail", "f_bfree", "f_blocks", "f_bsize", "f_favail",
                                                  "f_ffree", "f_files", "f_flag", "f_frsize", "f_namemax")}

    def chmod(self, path, mode):
        return os.chmod(self._full(path), mode)

    def chown(self, path, uid, gid):
        return os.chown(self._full(path), uid, gid)

    def utimens(self, path, times=None):
        return os.utime(self._full(path), ns=times) if times else os.utime(self._full(path))

    def open(self, path, flags):
        return os.open(self._full(path), flags)

    def create(self, path, mode, fi=None):
        self._track(path)
        # Read and write: the kernel reads through this handle too, for a memory map (SQLite's -shm).
        return os.open(self._full(path), os.O_RDWR | os.O_CREAT | os.O_TRUNC, mode)

    def read(self, path, size, offset, fh):
        return os.pread(fh, size, offset)

    def write(self, path, data, offset, fh):
        self._track(path)
        self.pending[path].append(("write", offset, bytes(data)))
        return os.pwrite(fh, data, offset)

    def truncate(self, path, length, fh=None):
        self._track(path)
        self.pending[path].append(("truncate", length))
        with open(self._full(path), "r+b") as f:
            f.truncate(length)

    def fsync(self, path, datasync, fh):
        self.synced[path] = open(self._full(path), "rb").read()
        self.pending[path] = []
        return 0

    def flush(self, path, fh):
        return 0

    def release(self, path, fh):
        return os.close(fh)

    def unlink(self, path):
        self.synced.pop(path, None)
        self.pending.pop(path, None)
        return os.unlink(self._full(path))

    def rename(self, old, new):
        if old in self.synced:
            self.synced[new], self.pending[new] = self.synced.pop(old), self.pending.pop(old)
        return os.rename(self._full(old), self._full(new))

    def mkdir(self, path, mode):
        return os.mkdir(self._full(path), mode)

    def rmdir(self, path):
        return os.rmdir(self._full(path))

    # -- the power cut -----------------------------------------------------------
    def power_cut(self) -> None:
        """Put every written file back to what a disk could hold after losing power now."""
        for path, synced in self.synced.items():
            full = self._full(path)
            if path.endswith("-shm"):
                if os.path.exists(full):
                    os.unlink(full)
                continue
            data = bytearray(synced)
            for op in self.pending[path]:
                if self.random.random() >= self.keep:
                    continue
                if op[0] == "truncate":
                    del data[op[1]:]
                else:
                    _, offset, chunk = op
                    if len(data) < offset:
                        data.extend(b"\0" * (offset - len(data)))
                    data[offset:offset + len(chunk)] = chunk
            if os.path.exists(full):
                with open(full, "wb") as f:
                    f.write(data)


def main(argv: list[str]) -> None:
    root, mountpoint, seed, keep = argv[0], argv[1], int(argv[2]), float(argv[3])
    fs = LossyFS(root, seed, keep)
    # One thread: the pending lists are then in the order the writes came.
    fuse.FUSE(fs, mountpoint, foreground=True, nothreads=True)
    fs.power_cut()


if __name__ == "__main__":
    main(sys.argv[1:])
