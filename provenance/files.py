"""Files in and out, through one door each.

In: :func:`read_inside` is the only way the tool reads a file a dossier
names (source texts, ``include:`` files, dossier.yaml itself). The path is
resolved to its real path (every symlink followed), must stay inside the
dossier's real folder, must be a regular file (not a FIFO, device, socket
or /proc entry) and is read with a size limit. A dossier comes from a
stranger: ``sources/a.txt -> /etc/passwd`` must not put that file into a
page, nor ``-> /proc/self/environ`` the user's tokens.

Hard links cannot be told from the file itself: a hard link inside the folder
*is* a name of that folder, and nothing on the file says where its other
names are (``st_nlink > 1`` also holds for harmless copies made by
``cp -al``, backup tools or git's object store). They are read like any
file. This is safe in practice because a hard link to a file can only be
made by someone who can already read it on this machine (and on Linux with
``fs.protected_hardlinks=1``, only by its owner), and archive formats do not
carry hard links to files outside the archive; see docs/security.md.

Out: :func:`write_text_atomic` writes through a temporary file and a rename,
never follows the output onto a FIFO or device, never replaces a file the
user made without ``force``, and leaves no temporary file behind.
:func:`write_file_atomic` does the same for a file another library builds
(SQLite), and :func:`write_folder_atomic` for a folder of files (a draft
dossier, a generated one, Parquet or Neo4j tables). Every refusal to
replace an output is one exception, :class:`OutputExists`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

# Raised here, defined with every other exception in provenance.errors.
from .errors import NotAFile as NotAFile
from .errors import OutputExists as OutputExists
from .errors import UnsafeFile as UnsafeFile

#: Pages and reports we write carry this marker, so a later run may replace them.
GENERATOR_MARK = "provenance"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def shown_name(name: str) -> str:
    """A file name as a message may show it: a NUL or another unprintable character escaped
    (``a\\x00.txt``), never dropped, or the user is told of a file that may well exist."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name[:200])


def resolve_inside(root: str | Path, rel: str | Path, *,
                   dirs: dict[str, str] | None = None) -> tuple[str, os.stat_result]:
    """``(real path, stat)`` of ``root/rel`` if it is a regular file inside ``root``'s real
    path; else :class:`UnsafeFile` saying why (see :func:`read_inside`)."""
    cache = {} if dirs is None else dirs
    if type(rel) is str:
        found = _plain_file(root, rel, cache)
        if found is not None:
            return found
    name = str(rel)
    p = Path(rel)
    if p.is_absolute() or ".." in p.parts:
        raise UnsafeFile(name, "is outside the dossier folder",
                         "write a path relative to the dossier folder, without '..'")
    try:
        if "\0" in name:  # only the last part's NUL would reach os.stat, uncaught
            raise ValueError(name)
        os.fsencode(name)
        base = _real_dir(cache, str(root))
        folder = _real_dir(cache, os.path.join(base, *p.parts[:-1]))
        real = os.path.join(folder, p.name)
        if os.path.islink(real):  # only the last part is left to resolve
            real = os.path.realpath(real)
    except (ValueError, UnicodeError):  # a NUL byte or a lone surrogate in the name
        raise UnsafeFile(shown_name(name), "is not a usable file name (it holds a NUL or "
                         "another character no file name can)",
                         "give the name of a file inside the dossier folder") from None
    if os.path.commonpath([base, real]) != base:
        raise UnsafeFile(name, f"is a link to {real}, outside the dossier folder",
                         "copy the text into the folder instead of linking to it")
    try:
        st = os.stat(real)
    except FileNotFoundError:
        raise UnsafeFile(name, "not found", f"put the file at {os.path.join(base, p)} "
                         "or fix the path") from None
    except OSError as e:
        raise UnsafeFile(name, f"cannot be read ({e.strerror})", "check its permissions") from None
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeFile(name, f"is {_kind(st.st_mode)}, not a regular file",
                         "give a plain text file saved inside the dossier folder")
    return real, st


def _real_dir(cache: dict[str, str], d: str) -> str:
    """The real path of folder ``d``, resolved once per ``cache`` (one load)."""
    real = cache.get(d)
    if real is None:
        real = cache[d] = os.path.realpath(d)
    return real


def _plain_file(root: str | Path, rel: str, cache: dict[str, str]
                ) -> tuple[str, os.stat_result] | None:
    """:func:`resolve_inside`'s answer for the common case, in one ``lstat``: ``rel`` a plain
    relative name (no ``..``, ``.``, empty part or NUL) of a regular file, not a link, in a
    folder whose real path (resolved once per load, every link on the way followed) is inside
    ``root``'s. None for anything else (a link, a folder leading out, a missing or odd file,
    an unusable name): the full resolution then decides, and words every refusal.

    10,000 source texts in ``sources/`` cost 10,000 ``lstat`` calls here, against a
    ``Path``, a link test, a ``stat`` and a ``commonpath`` each in the full resolution.
    """
    if os.sep != "/" or not rel or rel[0] == "/" or "\0" in rel:
        return None
    folder_rel, _, fname = rel.rpartition("/")
    if fname in ("", ".", ".."):
        return None
    key = f"\0inside\0{root}\0{folder_rel}"  # no real path holds a NUL: no clash
    folder = cache.get(key)
    if folder is None:
        folder = ""  # "" = not a folder known to be inside root: the full resolution decides
        parts = folder_rel.split("/") if folder_rel else []
        if not ("" in parts or "." in parts or ".." in parts):
            try:
                base = _real_dir(cache, str(root))
                real_folder = _real_dir(cache, os.path.join(base, *parts))
                if os.path.commonpath([base, real_folder]) == base:
                    folder = real_folder
            except (OSError, ValueError):
                pass
        cache[key] = folder
    if not folder:
        return None
    real = _in_folder(folder, fname)
    try:
        st = os.lstat(real)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode):  # a link (followed by the full resolution), FIFO, folder
        return None
    return real, st


def _in_folder(folder: str, name: str) -> str:
    """``os.path.join(folder, name)`` for a folder's path (not empty) and a name holding no
    "/": the same string, without the general join's checks (a call per source text)."""
    return folder + name if folder[-1] == "/" else f"{folder}/{name}"


#: How :func:`read_inside` opens a file: never waiting on a FIFO, never through a link, never
#: taking a terminal as the process's own.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) \
    | getattr(os, "O_NOCTTY", 0)


def read_inside(root: str | Path, rel: str | Path, *, limit: int,
                dirs: dict[str, str] | None = None) -> bytes:
    """The bytes of ``root/rel``, if it really is a regular file inside ``root``.

    Raises :class:`UnsafeFile` (with a hint) for a path outside the folder
    (``..``, absolute, or a symlink anywhere on the way that leads out), a
    file that is not regular (FIFO, device, socket, folder; /proc and /dev
    are outside any dossier folder anyway), a missing file, or one over
    ``limit`` bytes. The file is opened non-blocking and its type checked on
    the open descriptor, so a FIFO swapped in after the check cannot hang
    the run, and a file growing while read is cut at the limit and refused.

    ``dirs`` (a dict kept for one load) caches the real paths of folders:
    resolving ``sources/`` once instead of for each of 10,000 source texts.
    """
    name = str(rel)
    real, st = resolve_inside(root, rel, dirs=dirs)
    if st.st_size > limit:
        raise UnsafeFile(name, f"is {st.st_size:,} bytes, over the {limit:,}-byte limit",
                         "trim it, or raise PROVENANCE_MAX_BYTES if this is expected")
    try:
        fd = os.open(real, _READ_FLAGS)
    except OSError as e:
        raise UnsafeFile(name, f"cannot be read ({e.strerror})", "check its permissions") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # swapped between the stat and the open
            raise UnsafeFile(name, f"is {_kind(st.st_mode)}, not a regular file",
                             "give a plain text file saved inside the dossier folder")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise UnsafeFile(name, f"is over the {limit:,}-byte limit",
                                 "trim it, or raise PROVENANCE_MAX_BYTES if this is expected")
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


def read_regular(path: str | Path, *, limit: int) -> bytes:
    """The bytes of a file the user named on the command line: regular files only.

    No folder to stay inside (the user chose the file), but a FIFO or a
    device is still refused rather than read forever.
    """
    p = Path(path)
    return read_inside(p.resolve().parent, p.resolve().name, limit=limit)


def written_by_us(path: Path) -> bool:
    """True if ``path`` looks like a file an earlier run of provenance wrote."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return f'name="generator" content="{GENERATOR_MARK}'.encode() in head or head.startswith(
        f"<!-- generated by {GENERATOR_MARK}".encode()
    )


def check_output(path: str | Path) -> Path:
    """Refuse an output path that is not a regular file (FIFO, device, folder, /dev/stdout).

    Writing a temporary file next to ``/dev/stdout`` or opening a FIFO for
    writing would fail oddly or block forever; say so instead.
    """
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return path
    except OSError:
        return path  # let the write itself report it
    if not stat.S_ISREG(st.st_mode):
        raise NotAFile(path, _kind(st.st_mode))
    return path


def check_replaceable(path: str | Path, *, force: bool = False,
                      ours_replaceable: bool = True) -> Path:
    """Refuse ``path`` as an output as :func:`write_text_atomic` would (a FIFO or device:
    :class:`NotAFile`; a file provenance did not write, or with ``ours_replaceable``
    False any file, without ``force``: :class:`OutputExists`), before the work.

    A command whose output takes seconds to make (``render`` of a big dossier) asks
    first, so a refusal comes at once; the write asks again (the file may have
    appeared meanwhile).
    """
    path = check_output(path)  # not onto a FIFO or a device
    if path.exists() and not force:
        if not ours_replaceable:
            raise OutputExists(path, "already exists")
        if not written_by_us(path):
            raise OutputExists(path)
    return path


def temp_prefix(path: Path) -> str:
    """``.<name>.<pid>.``: a temporary file names the process that made it, so a later run
    can tell a leftover (its process is gone) from a write in progress."""
    return f".{path.name}.{os.getpid()}."


def remove_stale_temps(path: Path) -> None:
    """Delete temporary files an earlier, killed run left next to ``path``."""
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    head = f".{path.name}."
    for name in names:
        if not (name.startswith(head) and name.endswith(".tmp")):
            continue
        pid = name[len(head):].split(".", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(path.parent / name)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own leftovers from an earlier write in this process are stale too
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_quietly(*paths: str | Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            os.unlink(p)


def _write_beside(path: str | Path, write: Callable[[int, str], None], *, force: bool,
                  ours_replaceable: bool, leftovers: tuple[str, ...] = ()) -> Path:
    """The one file writer: ``write(fd, tmp)`` fills a fresh temporary file beside ``path``
    (made with O_EXCL, named by :func:`temp_prefix`), then it is renamed over ``path``.

    Refuses a FIFO or device (:class:`NotAFile`) and an existing file without
    ``force`` (:class:`OutputExists`), unless ``ours_replaceable`` and
    provenance wrote it. On any failure, Ctrl-C included, the temporary file
    (and ``tmp + suffix`` for each of ``leftovers``) is removed, and an error
    without a file name is given ``path``'s, so the message says where.
    """
    path = check_replaceable(path, force=force, ours_replaceable=ours_replaceable)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)  # what a killed run left
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        write(fd, tmp)
        os.replace(tmp, path)
    except BaseException as e:
        remove_quietly(tmp, *(tmp + suffix for suffix in leftovers))
        if isinstance(e, Exception) and not getattr(e, "filename", None):
            # a full disk says so on write(), without naming the file
            with contextlib.suppress(AttributeError):
                e.filename = str(path)  # type: ignore[attr-defined]
        raise
    return path


def write_text_atomic(path: str | Path, text: str | bytes, *, force: bool = False) -> Path:
    """Write ``text`` (str as UTF-8, or bytes) to ``path`` via a temporary file and a rename.

    An interrupted run leaves either the old file or the new one, never half
    of one, and no temporary file (a full disk or a kill -9 included: the
    next write removes what a dead run left). A file that provenance did
    not write is only replaced with ``force``.
    """
    def write(fd: int, tmp: str) -> None:
        with os.fdopen(fd, "wb") as f:
            f.write(text.encode("utf-8") if isinstance(text, str) else text)
            f.flush()
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it 0600: a file like any other

    return _write_beside(path, write, force=force, ours_replaceable=True)


def write_file_atomic(path: str | Path, build: Callable[[str], None], *,
                      force: bool = False) -> Path:
    """Have ``build(tmp)`` create a file at the temporary path ``tmp``, then rename it to ``path``.

    For outputs another library must write itself (SQLite opens a path, not a
    stream): the same refusals and clean-up as :func:`write_text_atomic`,
    including the files SQLite keeps beside the database (``-journal``,
    ``-wal``, ``-shm``). ``path`` is replaced only with ``force``.
    """
    def write(fd: int, tmp: str) -> None:
        os.close(fd)
        os.unlink(tmp)  # the name is ours; ``build`` creates the file (SQLite wants none there)
        build(tmp)

    return _write_beside(path, write, force=force, ours_replaceable=False,
                         leftovers=("-journal", "-wal", "-shm"))


def write_folder_atomic(path: str | Path, fill: Callable[[Path], None], *,
                        force: bool = False, empty_ok: bool = False) -> Path:
    """Have ``fill(tmp)`` write files into a new folder, then rename it to ``path``.

    The folder is built as a hidden sibling of ``path`` (same file system, so
    the rename is atomic) and removed on any failure, Ctrl-C included: an
    interrupted run leaves the old folder or the new one, never half of one.
    An existing folder is replaced only with ``force`` (an empty one also
    when ``empty_ok``); a file where the folder should go never is.
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        if not path.is_dir():
            raise OutputExists(path, "is a file, not a folder", not_a_folder=True)
        if not force and not (empty_ok and not any(path.iterdir())):
            raise OutputExists(path, "exists and is not empty" if empty_ok else "already exists")
    parent = path.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.tmp-", dir=parent))
    old: Path | None = None
    try:
        fill(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it 0700: a folder like any other
        if path.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.old-", dir=parent))
            os.rename(path, old / "x")
        os.rename(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and (old / "x").exists() and not path.exists():
            os.rename(old / "x", path)  # put the user's folder back
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return path
