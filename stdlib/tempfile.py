"""tempfile for minipy: the basics (gettempdir, mkdtemp, mkstemp, NamedTemporaryFile, TemporaryDirectory)."""
import os
import time as _time

__all__ = ['gettempdir', 'gettempprefix', 'mkdtemp', 'mkstemp', 'NamedTemporaryFile', 'TemporaryFile',
           'TemporaryDirectory', 'TMP_MAX', 'template', 'tempdir']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_chars = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_counter = [0]


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            d = os.environ.get(name)
            if d and os.path.isdir(d):
                tempdir = os.path.abspath(d)
                break
        else:
            tempdir = '/tmp' if os.path.isdir('/tmp') else os.getcwd()
    return tempdir


def _name():
    # unique enough (collisions are retried): a mix of the clock, the pid and a counter; the
    # global random generator is left alone, as CPython's tempfile uses a Random of its own
    _counter[0] += 1
    n = (_time.perf_counter_ns() * 6364136223846793005 + os.getpid() * 1442695040888963407 + _counter[0] * 40503) % (37 ** 8)
    out = []
    for _ in range(8):
        n, r = divmod(n, 37)
        out.append(_chars[r])
    return ''.join(out)


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _name() + suffix)
        try:
            os.mkdir(path)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _name() + suffix)
        try:
            f = open(path, 'xb')
        except FileExistsError:
            continue
        fd = f.fileno()
        f.close()
        return fd, os.path.abspath(path)
    raise FileExistsError(17, 'No usable temporary file name found')


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    os.remove(self.name)
                except FileNotFoundError:
                    pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    f = open(name, mode.replace('x', 'w') if 'r' not in mode else mode, buffering, encoding=encoding,
             newline=newline, errors=errors)
    return _TemporaryFileWrapper(f, name, delete)


TemporaryFile = NamedTemporaryFile


def _rmtree(path):
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            _rmtree(full)
        else:
            os.remove(full)
    os.rmdir(path)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if os.path.exists(self.name):
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore:
                    raise
