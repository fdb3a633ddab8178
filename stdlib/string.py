# string: constants, capwords, Template, Formatter (simple).

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template(object):
    delimiter = '$'
    idpattern = None

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if not s.startswith(d, i):
                out.append(c)
                i += 1
                continue
            j = i + len(d)
            if s.startswith(d, j):
                out.append(d)
                i = j + len(d)
                continue
            braced = j < n and s[j] == '{'
            k = j + 1 if braced else j
            m = k
            while m < n and (s[m] == '_' or s[m].isalnum() and s[m].isascii()):
                m += 1
            name = s[k:m]
            if name and (name[0].isdigit()):
                name = ''
            if braced and (m >= n or s[m] != '}'):
                name = ''
            if not name:
                if safe:
                    out.append(d)
                    i = j
                    continue
                lineno = s.count('\n', 0, i) + 1
                col = i - (s.rfind('\n', 0, i) + 1) + 1
                raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, col))
            end = m + 1 if braced else m
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            m = dict(mapping)
            m.update(kws)
            mapping = m
        return self._sub(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            m = dict(mapping)
            m.update(kws)
            mapping = m
        return self._sub(mapping, True)


class Formatter(object):
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
