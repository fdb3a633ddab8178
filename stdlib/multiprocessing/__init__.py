# multiprocessing -- process-based parallelism (after CPython 3.11's
# Lib/multiprocessing/__init__.py).
#
# A minipy process is an isolated interpreter inside the same JVM: its own heap,
# module table, GIL (so processes run in parallel even with the GIL on) and pid.
# Objects cross between processes only by copy (pickle rules). See context.py
# for the start methods ('fork', the default, and 'spawn').
#
# The names below are the bound methods (and attributes) of the default context.

import sys
from . import context

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore',
           'BufferTooShort', 'Condition', 'Event', 'JoinableQueue', 'Lock',
           'Manager', 'Pipe', 'Pool', 'Process', 'ProcessError', 'Queue',
           'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue',
           'TimeoutError', 'Value', 'active_children', 'allow_connection_pickling',
           'cpu_count', 'current_process', 'freeze_support', 'get_all_start_methods',
           'get_context', 'get_logger', 'get_start_method', 'log_to_stderr',
           'parent_process', 'reducer', 'set_executable', 'set_forkserver_preload',
           'set_start_method']

for _name in __all__:
    if _name != 'reducer':
        globals()[_name] = getattr(context._default_context, _name)
del _name
reducer = None

#
# XXX These should not really be documented or public.
#

SUBDEBUG = 5
SUBWARNING = 25

#
# Alias for main module -- will be reset by bootstrapping child processes
#

if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
