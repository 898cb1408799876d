"""Set handlers for asynchronous events (CPython 3.11's Lib/signal.py over auditpy's _signal).

auditpy has no enum module: Signals and Handlers are small int subclasses that behave as CPython's IntEnum
members do where programs look (repr <Signals.SIGINT: 2>, str 2, .name, .value, Signals(2), iteration).
A handler runs in the program's thread at the next safepoint after its signal arrives.
"""

import _signal
from _signal import *


from _intenum import _IntEnumLike


class Signals(_IntEnumLike):
    _members_by_value = {}
    _members_by_name = {}


class Handlers(_IntEnumLike):
    _members_by_value = {}
    _members_by_name = {}


# the signal numbers, ordered by (value, name) as IntEnum._convert_ orders them: SIGABRT before its alias SIGIOT
for _name, _value in sorted(((n, v) for n, v in vars(_signal).items()
                             if n.isupper() and n.startswith('SIG') and not n.startswith('SIG_')),
                            key=lambda item: (item[1], item[0])):
    globals()[_name] = Signals._member(_name, _value)
SIG_DFL = Handlers._member('SIG_DFL', _signal.SIG_DFL)
SIG_IGN = Handlers._member('SIG_IGN', _signal.SIG_IGN)
del _name, _value


def _int_to_enum(value, enum_klass):
    """value as a member of enum_klass if it is one's value, else value itself."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """A member (any int) as a plain int; anything else as it is."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _with_doc_of(wrapped):
    def decorate(wrapper):
        wrapper.__doc__ = wrapped.__doc__
        return wrapper
    return decorate


@_with_doc_of(_signal.signal)
def signal(signalnum, handler):
    return _int_to_enum(_signal.signal(_enum_to_int(signalnum), _enum_to_int(handler)), Handlers)


@_with_doc_of(_signal.getsignal)
def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


@_with_doc_of(_signal.valid_signals)
def valid_signals():
    return {_int_to_enum(n, Signals) for n in _signal.valid_signals()}


del _with_doc_of
