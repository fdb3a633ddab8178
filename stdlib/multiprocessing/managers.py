# multiprocessing.managers -- BaseManager, SyncManager and proxies (the names
# and behaviour of CPython 3.11's Lib/multiprocessing/managers.py).
#
# As in CPython, a manager is a server process holding the shared objects, and
# other processes use them through proxies whose methods are calls to the
# server. Transport: channels (_multiprocessing_minipy.Channel) instead of
# sockets. The server listens on one channel (the manager's address); each
# thread of each client process opens its own pair of channels with a 'connect'
# message, and the server serves each pair in a thread of its own, so a call
# that blocks (Lock.acquire, Queue.get) only blocks its caller. Requests and
# replies are copied with pickle rules.
#
# Differences: no authentication, no reference counting of shared objects (they
# live until the manager shuts down), no socket addresses or connect() to a
# remote manager.

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token']

import sys
import threading
import queue
import time
import os

import _multiprocessing_minipy as _mp

from . import pool
from . import process
from . import util
from . import get_context
from .context import ProcessError

#
# Type for identifying shared objects
#

class Token(object):
    '''
    Type to uniquely identify a shared object
    '''
    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        (self.typeid, self.address, self.id) = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % \
               (self.__class__.__name__, self.typeid, self.address, self.id)

#
# Exceptions
#

class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-'*75 + '\n' + str(self.args[0]) + '-'*75)


def convert_to_error(kind, result):
    if kind == '#ERROR':
        return result
    elif kind in ('#TRACEBACK', '#UNSERIALIZABLE'):
        if not isinstance(result, str):
            raise TypeError(
                "Result {0!r} (kind '{1}') type is {2}, not str".format(
                    result, kind, type(result)))
        if kind == '#UNSERIALIZABLE':
            return RemoteError('Unserializable message: %s\n' % result)
        else:
            return RemoteError(result)
    else:
        return ValueError('Unrecognized message type {!r}'.format(kind))

#
# Functions for finding the method names of an object
#

def all_methods(obj):
    '''
    Return a list of names of methods of `obj`
    '''
    temp = []
    for name in dir(obj):
        func = getattr(obj, name)
        if callable(func):
            temp.append(name)
    return temp


def public_methods(obj):
    '''
    Return a list of names of methods of `obj` which do not start with '_'
    '''
    return [name for name in all_methods(obj) if name[0] != '_']

#
# Server which is run in a process controlled by a manager
#

class Server(object):
    '''
    Server class which runs in a process controlled by a manager object
    '''
    public = ['shutdown', 'create', 'accept_connection', 'get_methods',
              'debug_info', 'number_of_objects', 'dummy', 'incref', 'decref']

    def __init__(self, registry, address):
        self.registry = registry
        self.address = address
        self.id_to_obj = {'0': (None, ())}
        self.id_to_refcount = {}
        self.next_id = 1
        self.mutex = threading.Lock()
        self.stop = False

    def serve_forever(self):
        '''
        Run the server forever
        '''
        process.current_process()._manager_server = self
        while not self.stop:
            msg = self.address.get()
            kind = msg[0]
            if kind == 'connect':
                t = threading.Thread(target=self.handle_client, args=(msg[1], msg[2]))
                t.daemon = True
                t.start()
            elif kind == 'shutdown':
                self.stop = True
                msg[1].put(('#RETURN', None))

    def handle_client(self, requests, replies):
        '''
        Serve the requests of one thread of one client process
        '''
        while not self.stop:
            request = requests.get()
            if request is None:
                break
            try:
                methodname, args, kwds = request
                if methodname == '#CALL':
                    msg = self.call(*args)
                else:
                    msg = ('#RETURN', getattr(self, methodname)(*args, **kwds))
            except Exception as e:
                msg = ('#ERROR', e)
            try:
                replies.put(msg)
            except Exception as e:
                try:
                    replies.put(('#UNSERIALIZABLE', repr(msg[1]) if len(msg) > 1 else repr(msg)))
                except Exception:
                    pass

    def call(self, ident, methodname, args, kwds):
        try:
            obj, exposed, gettypeid = self.id_to_obj[ident]
        except KeyError:
            return ('#ERROR', KeyError(ident))
        if methodname not in exposed:
            # the fall-backs of CPython's Server.fallback_mapping
            if methodname == '#GETVALUE':
                return ('#RETURN', obj)
            if methodname == '__repr__':
                return ('#RETURN', repr(obj))
            if methodname == '__str__':
                return ('#RETURN', str(obj))
            return ('#ERROR', AttributeError(
                'method %r of %r object is not in exposed=%r' %
                (methodname, type(obj), exposed)))
        function = getattr(obj, methodname)
        try:
            res = function(*args, **kwds)
        except Exception as e:
            return ('#ERROR', e)
        typeid = gettypeid and gettypeid.get(methodname, None)
        if typeid:
            rident, rexposed = self.create(typeid, res, _wrap=True)
            token = Token(typeid, self.address, rident)
            return ('#PROXY', (rexposed, token))
        if type(res).__name__ in ('dict_keys', 'dict_values', 'dict_items'):
            res = list(res)
        return ('#RETURN', res)

    def dummy(self):
        pass

    def debug_info(self):
        return ''

    def number_of_objects(self):
        return len(self.id_to_obj) - 1      # don't count ident='0'

    def create(self, typeid, *args, _wrap=False, **kwds):
        '''
        Create a new shared object and return its id
        '''
        with self.mutex:
            callable, exposed, method_to_typeid, proxytype = \
                      self.registry[typeid]

            if callable is None or _wrap:
                obj = args[0]
            else:
                obj = callable(*args, **kwds)

            if exposed is None:
                exposed = public_methods(obj)
            if method_to_typeid is not None:
                if not isinstance(method_to_typeid, dict):
                    raise TypeError(
                        "Method_to_typeid {0!r}: type {1!s}, not dict".format(
                            method_to_typeid, type(method_to_typeid)))
                exposed = list(exposed) + list(method_to_typeid)

            ident = '%x_%x' % (self.next_id, os.getpid())
            self.next_id += 1
            self.id_to_obj[ident] = (obj, set(exposed), method_to_typeid)
            self.id_to_refcount[ident] = 1

        return ident, tuple(exposed)

    def get_methods(self, token):
        '''
        Return the methods of the shared object indicated by token
        '''
        return tuple(self.id_to_obj[token.id][1])

    def incref(self, ident):
        pass

    def decref(self, ident):
        pass

#
# Definition of BaseManager
#

class State(object):
    __slots__ = ['value']
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


_connections = {}       # (address, thread ident) -> (requests, replies)


def _connection(address):
    key = (address, threading.get_ident())
    conn = _connections.get(key)
    if conn is None:
        conn = (_mp.Channel(0), _mp.Channel(0))
        address.put(('connect', conn[0], conn[1]))
        _connections[key] = conn
    return conn


def dispatch(address, methodname, args=(), kwds={}):
    '''
    Send a message to manager using connection `c` and return response
    '''
    requests, replies = _connection(address)
    requests.put((methodname, args, kwds))
    kind, result = replies.get()
    if kind == '#RETURN':
        return result
    raise convert_to_error(kind, result)


class BaseManager(object):
    '''
    Base class for managers
    '''
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle',
                 ctx=None, *, shutdown_timeout=1.0):
        self._address = address
        self._authkey = authkey
        self._state = State()
        self._state.value = State.INITIAL
        self._serializer = serializer
        self._ctx = ctx or get_context()
        self._shutdown_timeout = shutdown_timeout

    def get_server(self):
        raise NotImplementedError('managers have no sockets in minipy')

    def connect(self):
        raise NotImplementedError('managers have no sockets in minipy')

    def start(self, initializer=None, initargs=()):
        '''
        Spawn a server process for this manager object
        '''
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError(
                    "Unknown state {!r}".format(self._state.value))

        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')

        # the server's address: the channel it listens on
        self._address = _mp.Channel(0)
        ready = _mp.Channel(0)

        # spawn process which runs a server
        self._process = self._ctx.Process(
            target=type(self)._run_server,
            args=(self._registry, self._address, ready, initializer, initargs),
            )
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__  + '-' + ident
        self._process.start()

        # wait for the server to be ready
        ready.get()

        # register a finalizer
        self._state.value = State.STARTED
        self.shutdown = util.Finalize(
            self, type(self)._finalize_manager,
            args=(self._process, self._address, self._state, self._shutdown_timeout),
            exitpriority=0
            )

    @classmethod
    def _run_server(cls, registry, address, ready, initializer=None, initargs=()):
        '''
        Create a server, report its address and run it
        '''
        if initializer is not None:
            initializer(*initargs)

        # create server
        server = cls._Server(registry, address)

        # inform parent process of the server's address
        ready.put(True)

        # run the manager
        server.serve_forever()

    def _create(self, typeid, /, *args, **kwds):
        '''
        Create a new shared object; return the token and exposed tuple
        '''
        assert self._state.value == State.STARTED, 'server not yet started'
        id, exposed = dispatch(self._address, 'create', (typeid,) + args, kwds)
        return Token(typeid, self._address, id), exposed

    def join(self, timeout=None):
        '''
        Join the manager process (if it has been spawned)
        '''
        if self._process is not None:
            self._process.join(timeout)
            if not self._process.is_alive():
                self._process = None

    def _debug_info(self):
        return ''

    def _number_of_objects(self):
        '''
        Return the number of shared objects
        '''
        return dispatch(self._address, 'number_of_objects')

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value != State.STARTED:
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @staticmethod
    def _finalize_manager(process, address, state, shutdown_timeout):
        '''
        Shutdown the manager process; will be registered as a finalizer
        '''
        if process.is_alive():
            try:
                reply = _mp.Channel(0)
                address.put(('shutdown', reply))
                reply.get(True, shutdown_timeout)
            except Exception:
                pass

            process.join(timeout=shutdown_timeout)
            if process.is_alive():
                if hasattr(process, 'terminate'):
                    process.terminate()
                    process.join(timeout=shutdown_timeout)
                    if process.is_alive():
                        process.kill()
                        process.join()

        state.value = State.SHUTDOWN

    @property
    def address(self):
        return self._address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        '''
        Register a typeid with the manager type
        '''
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()

        if proxytype is None:
            proxytype = AutoProxy

        exposed = exposed or getattr(proxytype, '_exposed_', None)

        method_to_typeid = method_to_typeid or \
                           getattr(proxytype, '_method_to_typeid_', None)

        if method_to_typeid:
            for key, value in list(method_to_typeid.items()): # isinstance?
                assert type(key) is str, '%r is not a string' % key
                assert type(value) is str, '%r is not a string' % value

        cls._registry[typeid] = (
            callable, exposed, method_to_typeid, proxytype
            )

        if create_method:
            def temp(self, /, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                proxy = proxytype(
                    token, self._serializer, manager=self,
                    authkey=self._authkey, exposed=exp
                    )
                return proxy
            temp.__name__ = typeid
            setattr(cls, typeid, temp)

BaseManager._Server = Server

#
# Subclass of set which get cleared after a fork
#

class ProcessLocalSet(set):
    def __init__(self):
        util.register_after_fork(self, lambda obj: obj.clear())
    def __reduce__(self):
        return type(self), ()

#
# Definition of BaseProxy
#

class BaseProxy(object):
    '''
    A base for proxies of shared objects
    '''
    def __init__(self, token, serializer, manager=None,
                 authkey=None, exposed=None, incref=True, manager_owned=False):
        self._token = token
        self._id = self._token.id
        self._manager = manager
        self._serializer = serializer
        self._authkey = authkey
        self._owned_by_manager = manager_owned

    def _callmethod(self, methodname, args=(), kwds={}):
        '''
        Try to call a method of the referent and return a copy of the result
        '''
        requests, replies = _connection(self._token.address)
        requests.put(('#CALL', (self._id, methodname, args, kwds), {}))
        kind, result = replies.get()

        if kind == '#RETURN':
            return result
        elif kind == '#PROXY':
            exposed, token = result
            proxytype = None
            if self._manager is not None:
                proxytype = self._manager._registry[token.typeid][-1]
            if proxytype is None:
                proxytype = SyncManager._registry.get(token.typeid, (None, None, None, AutoProxy))[-1]
            token.address = self._token.address
            proxy = proxytype(
                token, self._serializer, manager=self._manager,
                authkey=self._authkey, exposed=exposed
                )
            return proxy
        raise convert_to_error(kind, result)

    def _getvalue(self):
        '''
        Get a copy of the value of the referent
        '''
        return self._callmethod('#GETVALUE')

    def __getstate__(self):
        # a proxy travels without its manager (as CPython's RebuildProxy)
        return {'_token': self._token, '_id': self._id, '_manager': None,
                '_serializer': self._serializer, '_authkey': None,
                '_owned_by_manager': False,
                '_exposed_': getattr(self, '_exposed_', None)}

    def __setstate__(self, state):
        for k, v in state.items():
            if k == '_exposed_':
                continue
            object.__setattr__(self, k, v)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % \
               (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        '''
        Return representation of the referent (or a fall-back if that fails)
        '''
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"

#
# Functions to create proxies and proxy types
#

_proxy_type_cache = {}


def _make_proxy_method(meth):
    def method(self, *args, **kwds):
        return self._callmethod(meth, args, kwds)
    method.__name__ = meth
    return method


def MakeProxyType(name, exposed, _cache=_proxy_type_cache):
    '''
    Return a proxy type whose methods are given by `exposed`
    '''
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass

    dic = {'__module__': __name__, '__qualname__': name}

    for meth in exposed:
        dic[meth] = _make_proxy_method(meth)

    ProxyType = type(name, (BaseProxy,), dic)
    ProxyType._exposed_ = exposed
    _cache[(name, exposed)] = ProxyType
    # findable by module and name, so that proxies can be pickled
    if name not in globals():
        globals()[name] = ProxyType
    return ProxyType


def AutoProxy(token, serializer, manager=None, authkey=None,
              exposed=None, incref=True, manager_owned=False):
    '''
    Return an auto-proxy for `token`
    '''
    if exposed is None:
        exposed = dispatch(token.address, 'get_methods', (token,))

    ProxyType = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    proxy = ProxyType(token, serializer, manager=manager, authkey=authkey,
                      incref=incref, manager_owned=manager_owned)
    proxy._isauto = True
    return proxy

#
# Types/callables which we will register with SyncManager
#

class Namespace(object):
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)
    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value(object):
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value
    def get(self):
        return self._value
    def set(self, value):
        self._value = value
    def __repr__(self):
        return '%s(%r, %r)'%(type(self).__name__, self._typecode, self._value)
    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return list(sequence)

#
# Proxy types used by SyncManager
#

class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')
    def __iter__(self):
        return self
    def __next__(self, *args):
        return self._callmethod('__next__', args)
    def send(self, *args):
        return self._callmethod('send', args)
    def throw(self, *args):
        return self._callmethod('throw', args)
    def close(self, *args):
        return self._callmethod('close', args)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')
    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)
    def release(self):
        return self._callmethod('release')
    def __enter__(self):
        return self._callmethod('acquire')
    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))
    def notify(self, n=1):
        return self._callmethod('notify', (n,))
    def notify_all(self):
        return self._callmethod('notify_all')
    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')
    def is_set(self):
        return self._callmethod('is_set')
    def set(self):
        return self._callmethod('set')
    def clear(self):
        return self._callmethod('clear')
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))
    def abort(self):
        return self._callmethod('abort')
    def reset(self):
        return self._callmethod('reset')
    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))
    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))
    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')
    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__getattribute__', (key,))
    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__setattr__', (key, value))
    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__delattr__', (key,))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')
    def get(self):
        return self._callmethod('get')
    def set(self, value):
        return self._callmethod('set', (value,))
    value = property(get, set)


BaseListProxy = MakeProxyType('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
    '__mul__', '__reversed__', '__rmul__', '__setitem__',
    'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
    'reverse', 'sort', '__imul__'
    ))
class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self
    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


DictProxy = MakeProxyType('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__iter__', '__len__',
    '__setitem__', 'clear', 'copy', 'get', 'items',
    'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'
    ))
DictProxy._method_to_typeid_ = {
    '__iter__': 'Iterator',
    }


ArrayProxy = MakeProxyType('ArrayProxy', (
    '__len__', '__getitem__', '__setitem__'
    ))


BasePoolProxy = MakeProxyType('PoolProxy', (
    'apply', 'apply_async', 'close', 'imap', 'imap_unordered', 'join',
    'map', 'map_async', 'starmap', 'starmap_async', 'terminate',
    ))
BasePoolProxy._method_to_typeid_ = {
    'apply_async': 'AsyncResult',
    'map_async': 'AsyncResult',
    'starmap_async': 'AsyncResult',
    'imap': 'Iterator',
    'imap_unordered': 'Iterator'
    }
class PoolProxy(BasePoolProxy):
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

#
# Definition of SyncManager
#

class SyncManager(BaseManager):
    '''
    Subclass of `BaseManager` which supports a number of shared object types.

    The types registered are those intended for the synchronization
    of threads, plus `dict`, `list` and `Namespace`.

    The `multiprocessing.Manager()` function creates started instances of
    this class.
    '''

SyncManager.register('Queue', queue.Queue)
SyncManager.register('JoinableQueue', queue.Queue)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore,
                     AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('Pool', pool.Pool, PoolProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)

# types returned by methods of PoolProxy
SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
SyncManager.register('AsyncResult', create_method=False)

