# traceback: format and print exceptions and stacks in CPython's layout (the
# formatting itself is the VM's, through sys._format_exception).
import sys

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception', 'print_tb', 'format_tb', 'extract_tb', 'print_stack',
           'format_stack', 'extract_stack', 'FrameSummary', 'StackSummary']


def _value(exc, value):
    if isinstance(exc, BaseException):
        return exc
    return value


def _split(text):
    # one entry per frame ("  File ...\n    source\n"), like CPython's lists
    out = []
    for line in text.splitlines(True):
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    v = _value(exc, value)
    if v is None:
        return ['NoneType: None\n']
    return _split(sys._format_exception(v))


def format_exception_only(exc, /, value=None):
    v = _value(exc, value)
    if v is None:
        return ['NoneType: None\n']
    return [sys._format_exception_only(v) + '\n']


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception()))


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end='')


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


class FrameSummary:
    def __init__(self, filename, lineno, name, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line

    @property
    def line(self):
        if self._line is None:
            try:
                with open(self.filename) as f:
                    lines = f.read().splitlines()
                self._line = lines[self.lineno - 1].strip()
            except Exception:
                self._line = ''
        return self._line

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (self.filename, self.lineno, self.name)

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, i):
        return (self.filename, self.lineno, self.name, self.line)[i]


class StackSummary(list):
    def format(self):
        out = []
        for fs in self:
            row = '  File "%s", line %d, in %s\n' % (fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += '    %s\n' % fs.line
            out.append(row)
        return out


def extract_tb(tb, limit=None):
    out = StackSummary()
    while tb is not None:
        out.append(FrameSummary(tb.tb_frame.f_code.co_filename if hasattr(tb, 'tb_frame') else '?',
                                tb.tb_lineno, tb.tb_frame.f_code.co_name if hasattr(tb, 'tb_frame') else '?'))
        tb = tb.tb_next
    return out


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        print(line, file=file, end='')


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    frames = []
    while f is not None:
        frames.append(FrameSummary(f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    frames.reverse()
    return StackSummary(frames)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return extract_stack(f, limit).format()


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    if file is None:
        file = sys.stderr
    for line in format_stack(f, limit):
        print(line, file=file, end='')
