"""io for minipy: open() and the file types come from the native _io; StringIO and BytesIO are here."""
from _io import (open, UnsupportedOperation, DEFAULT_BUFFER_SIZE, TextIOWrapper, BufferedReader,
                 BufferedWriter, BufferedRandom, FileIO)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = ['open', 'UnsupportedOperation', 'DEFAULT_BUFFER_SIZE', 'TextIOWrapper', 'BufferedReader',
           'BufferedWriter', 'BufferedRandom', 'FileIO', 'StringIO', 'BytesIO', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'IOBase', 'TextIOBase', 'RawIOBase', 'BufferedIOBase']


class IOBase:
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _MemoryIO:
    _empty = ''

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def getvalue(self):
        self._check()
        return self._buf

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            r = self._buf[self._pos:]
        else:
            r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        nl = self._newline()
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = end
        return r

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def write(self, s):
        self._check()
        self._typecheck(s)
        n = len(s)
        if self._pos > len(self._buf):
            self._buf = self._buf + self._pad(self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StringIO(_MemoryIO, TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        _MemoryIO.__init__(self, initial_value)

    def _newline(self):
        return '\n'

    def _pad(self, n):
        return '\0' * n

    def _typecheck(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)


class BytesIO(_MemoryIO, BufferedIOBase):
    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        _MemoryIO.__init__(self, bytes(initial_bytes))

    def _newline(self):
        return b'\n'

    def _pad(self, n):
        return b'\0' * n

    def _typecheck(self, s):
        if isinstance(s, str):
            raise TypeError("a bytes-like object is required, not 'str'")

    def write(self, s):
        self._typecheck(s)
        return _MemoryIO.write(self, bytes(s))

    def getbuffer(self):
        return bytearray(self._buf)
