# gevent.socket -- a cooperative socket: the native socket in non-blocking mode underneath,
# and every operation that would block waits for readiness in the hub instead (other
# greenlets run meanwhile). Timeouts as the socket module's: None blocks, 0.0 raises
# BlockingIOError, t raises socket.timeout after t seconds.

import socket as _socket_module
from socket import *                 # constants, error, timeout, gaierror, ...
import errno as _errno
from gevent.hub import get_hub

_realsocket = getattr(_socket_module, '_gevent_real_socket', None) or _socket_module.socket
_socket_module._gevent_real_socket = _realsocket
_real_socketpair = getattr(_socket_module, '_gevent_real_socketpair', None) or _socket_module.socketpair
_socket_module._gevent_real_socketpair = _real_socketpair

_timeout_error = _socket_module.timeout
_WOULD_BLOCK = (getattr(_errno, 'EAGAIN', 11), getattr(_errno, 'EWOULDBLOCK', 11),
                getattr(_errno, 'EINPROGRESS', 115), getattr(_errno, 'EALREADY', 114))

__all__ = list(getattr(_socket_module, '__all__', [])) + ['wait_read', 'wait_write']


class socket:
    """socket.socket with the same methods; blocking calls yield to other greenlets."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None, _sock=None):
        if _sock is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            _sock = _realsocket(family, type, 0 if proto == -1 else proto)
        self._sock = _sock
        self.timeout = _socket_module.getdefaulttimeout()
        _sock.settimeout(0.0)
        self.hub = get_hub()

    def __repr__(self):
        return '<gevent.socket.socket at %s %r>' % (hex(id(self)), self._sock)

    def __getattr__(self, name):
        return getattr(self._sock, name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    # -- timeouts --

    def settimeout(self, howlong):
        if howlong is not None:
            howlong = float(howlong)
            if howlong < 0.0:
                raise ValueError('Timeout value out of range')
        self.timeout = howlong

    def gettimeout(self):
        return self.timeout

    def setblocking(self, flag):
        self.timeout = None if flag else 0.0

    def getblocking(self):
        return self.timeout != 0.0

    def _wait(self, read):
        if self.timeout == 0.0:
            raise BlockingIOError(_errno.EAGAIN, 'Resource temporarily unavailable')
        if read:
            self.hub.wait_read(self._sock, self.timeout, _timeout_error('timed out'))
        else:
            self.hub.wait_write(self._sock, self.timeout, _timeout_error('timed out'))

    # -- operations --

    def fileno(self):
        return self._sock.fileno()

    def accept(self):
        while True:
            try:
                s, addr = self._sock.accept()
            except BlockingIOError:
                self._wait(True)
                continue
            return socket(_sock=s), addr

    def connect(self, address):
        while True:
            err = self._sock.connect_ex(address)
            if err == 0:
                return None
            if err in _WOULD_BLOCK:
                self._wait(False)
                continue
            if err == _errno.EISCONN:
                return None
            raise OSError(err, _strerror(err))

    def connect_ex(self, address):
        try:
            self.connect(address)
            return 0
        except OSError as e:
            return e.errno or _errno.EIO

    def recv(self, bufsize, flags=0):
        while True:
            try:
                return self._sock.recv(bufsize)
            except BlockingIOError:
                self._wait(True)

    def recv_into(self, buffer, nbytes=0, flags=0):
        while True:
            try:
                return self._sock.recv_into(buffer, nbytes)
            except BlockingIOError:
                self._wait(True)

    def recvfrom(self, bufsize, flags=0):
        while True:
            try:
                return self._sock.recvfrom(bufsize)
            except BlockingIOError:
                self._wait(True)

    def send(self, data, flags=0):
        while True:
            try:
                return self._sock.send(data)
            except BlockingIOError:
                self._wait(False)

    def sendall(self, data, flags=0):
        data = memoryview(data).tobytes() if not isinstance(data, (bytes, bytearray)) else data
        total = len(data)
        sent = 0
        while sent < total:
            sent += self.send(data[sent:] if sent else data)
        return None

    def sendto(self, *args):
        while True:
            try:
                return self._sock.sendto(*args)
            except BlockingIOError:
                self._wait(False)

    def close(self):
        self._sock.close()

    def detach(self):
        return self._sock.detach()

    def dup(self):
        raise OSError('dup() is not supported by minipy')

    def makefile(self, *args, **kwargs):
        raise OSError('makefile() is not supported on gevent sockets by minipy')


SocketType = socket


def socketpair(family=AF_INET, type=SOCK_STREAM, proto=0):
    a, b = _real_socketpair()
    return socket(_sock=a), socket(_sock=b)


def create_connection(address, timeout=-1, source_address=None):
    host, port = address
    s = socket(AF_INET, SOCK_STREAM)
    if timeout != -1:
        s.settimeout(timeout)
    if source_address is not None:
        s.bind(source_address)
    try:
        s.connect((host, port))
    except BaseException:
        s.close()
        raise
    return s


def create_server(address, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    s = socket(family, SOCK_STREAM)
    s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
    s.bind(address)
    s.listen(128 if backlog is None else backlog)
    return s


def wait_read(fileno, timeout=None, timeout_exc=None):
    sock = getattr(fileno, '_sock', fileno)
    get_hub().wait_read(sock, timeout, timeout_exc or _timeout_error('timed out'))


def wait_write(fileno, timeout=None, timeout_exc=None):
    sock = getattr(fileno, '_sock', fileno)
    get_hub().wait_write(sock, timeout, timeout_exc or _timeout_error('timed out'))


def _strerror(err):
    try:
        import os
        return os.strerror(err)
    except Exception:
        return 'error %d' % err
