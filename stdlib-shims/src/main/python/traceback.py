"""Extract, format and print information about Python stack traces.

auditpy's own implementation of CPython 3.11's Lib/traceback.py API and
output: print/format/extract of tracebacks, stacks and exceptions,
FrameSummary, StackSummary and TracebackException (chained causes and
contexts, exception groups, SyntaxError details, __notes__, limit= and
chain=). The failing expression's columns and caret anchors of a traceback
entry come from the interpreter (_auditpy.tb_position), where CPython reads
co_positions() at tb_lasti and reparses the segment with ast; a FrameSummary
made by hand with columns gets plain carets.
"""

import collections.abc
import itertools
import linecache
import sys
import textwrap

from _auditpy import tb_position as _tb_position

import builtins as _builtins

# exception groups, where the interpreter has them
_BaseExceptionGroup = getattr(_builtins, 'BaseExceptionGroup', None)

# what isinstance(x, collections.abc.Sequence) is true for in CPython: the
# builtin sequences and deque are registered there, not in auditpy's ABCs
_SEQUENCE_TYPES = tuple(
    getattr(_builtins, name) for name in
    ('list', 'tuple', 'str', 'range', 'memoryview', 'bytes', 'bytearray')
    if hasattr(_builtins, name)) + (collections.deque,
                                    collections.abc.Sequence)
del _builtins

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


def _write_lines(lines, file):
    if file is None:
        file = sys.stderr
    for text in lines:
        print(text, file=file, end="")


# ---- lists of frames

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    _write_lines(StackSummary.from_list(extracted_list).format(), file)


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing.

    Each string in the resulting list corresponds to the item with the
    same index in the argument list and ends in a newline.
    """
    return StackSummary.from_list(extracted_list).format()


# ---- tracebacks

def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'
    to 'file' (sys.stderr by default)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of traceback 'tb' (at most
    'limit' of them when given)."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ---- exceptions

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    given_value = value is not _sentinel
    given_tb = tb is not _sentinel
    if given_value != given_tb:
        raise ValueError("Both or neither of value and tb must be given")
    if given_value:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, '
                        f'{type(exc).__name__} found')
    return exc, exc.__traceback__


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information as a list of
    strings, the text print_exception() prints."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: a list of strings, each
    ending in a newline (the message, SyntaxError details, the notes)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """print_exception() of sys.last_type, sys.last_value and
    sys.last_traceback."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---- stacks

def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point (or from frame 'f')."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the stack from frame 'f' (the caller's by default) as a
    StackSummary, oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame from a traceback: filename, lineno,
    name, line (the stripped source line), end_lineno, colno, end_colno and
    locals (None, or a dict of the reprs of the frame's variables)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_anchors')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._anchors = None
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename
                    and self.lineno == other.lineno
                    and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(list(self._as_tuple()))

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    @property
    def _original_line(self):
        # the source line with its whitespace
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) for frame 'f' and each frame it was called
    from; from the current stack when 'f' is None."""
    if f is None:
        # this generator, the code iterating it, StackSummary.extract's
        # helper and StackSummary.extract, as CPython counts them
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of traceback 'tb', following
    tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno), anchors) per entry
    while tb is not None:
        # the attribute reads of CPython's walk (tb_frame, f_code: audited)
        tb.tb_frame.f_code
        position = _tb_position(tb)
        if position is None:
            position = (tb.tb_lineno, None, None, None, None, None)
        lineno, end_lineno, colno, end_colno, left, right = position
        anchors = None if left is None else (left, right)
        yield tb.tb_frame, (lineno, end_lineno, colno, end_colno), anchors
        tb = tb.tb_next


_RECURSIVE_CUTOFF = 3


def _byte_offset_to_character_offset(text, offset):
    return len(text.encode('utf-8')[:offset].decode("utf-8", errors="replace"))


def _display_width(text, offset):
    # columns taken by text[:offset] on a terminal (wide characters count 2)
    if text.isascii():
        return offset
    import unicodedata
    width = 0
    for ch in text[:offset]:
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from an iterable of (frame, lineno) pairs,
        at most 'limit' of them (the last -limit when negative)."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None), None

        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)

        result = klass()
        filenames = set()
        for f, (lineno, end_lineno, colno, end_colno), anchors in frame_gen:
            code = f.f_code
            filename = code.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            summary = FrameSummary(
                filename, lineno, code.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno)
            summary._anchors = anchors
            result.append(summary)
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from a list of FrameSummary objects or of
        (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            result.append(item)
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: its File line, its source line, the caret
        line under the failing expression, its locals."""
        parts = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            parts.append('    {}\n'.format(stripped))
            carets = self._caret_line(frame_summary, stripped)
            if carets is not None:
                parts.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append('    {} = {}\n'.format(name, value))
        return ''.join(parts)

    @staticmethod
    def _caret_line(frame_summary, stripped):
        if frame_summary.colno is None or frame_summary.end_colno is None:
            return None
        line = frame_summary._original_line
        indent = len(line) - len(frame_summary.line.lstrip())
        start = _byte_offset_to_character_offset(line, frame_summary.colno)
        end = _byte_offset_to_character_offset(line, frame_summary.end_colno)
        segment = line[start:end]
        anchors = None
        if frame_summary.lineno == frame_summary.end_lineno:
            anchors = getattr(frame_summary, '_anchors', None)
        else:
            # the expression goes on below: mark to the end of this line
            end = len(line.rstrip())
        if anchors is not None:
            left, right = anchors
            marked = right - left > 0
        else:
            marked = False
        if end - start >= len(stripped) and not marked:
            return None
        dp_start = _display_width(line, start) + 1
        dp_end = _display_width(line, end) + 1
        out = ['    ', ' ' * (dp_start - indent)]
        if anchors is not None:
            dp_left = _display_width(segment, left)
            dp_right = _display_width(segment, right)
            out.append('~' * dp_left)
            out.append('^' * (dp_right - dp_left))
            out.append('~' * (dp_end - dp_start - dp_right))
        else:
            out.append('^' * (dp_end - dp_start))
        out.append('\n')
        return ''.join(out)

    def format(self):
        """Format the stack: one string per frame, each ending in a newline;
        after three identical entries in a row the rest are counted in a
        '[Previous line repeated N more times]' line."""
        result = []
        last = None
        count = 0

        def repeated():
            n = count - _RECURSIVE_CUTOFF
            return (f'  [Previous line repeated {n} more '
                    f'time{"s" if n > 1 else ""}]\n')

        for frame_summary in self:
            text = self.format_frame_summary(frame_summary)
            if text is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno,
                   frame_summary.name)
            if last is None or None in key or key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(repeated())
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(text)
        if count > _RECURSIVE_CUTOFF:
            result.append(repeated())
        return result


class _ExceptionPrintContext:
    # state while an exception group's tree is formatted
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += ('|' if margin_char is None else margin_char) + ' '
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            yield textwrap.indent(text, prefix, lambda line: True)


class TracebackException:
    """An exception ready for rendering, captured without references to the
    exception, its traceback or frames.

    Attributes: __cause__, __context__ (TracebackExceptions or None),
    __suppress_context__, exceptions (for exception groups), stack (a
    StackSummary), exc_type, and for syntax errors filename, lineno,
    end_lineno, text, offset, end_offset and msg.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = None if lineno is None else str(lineno)
            end_lineno = exc_value.end_lineno
            self.end_lineno = None if end_lineno is None else str(end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        if exc_value is not None:
            self.__suppress_context__ = exc_value.__suppress_context__
        else:
            self.__suppress_context__ = False

        if not top:
            # the top-level call fills in the chain of the whole tree
            return

        def capture(e):
            return TracebackException(
                type(e), e, e.__traceback__, limit=limit,
                lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width,
                max_group_depth=max_group_depth, _seen=_seen)

        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            cause = None
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = capture(e.__cause__)
            if compact:
                want_context = (cause is None and e is not None
                                and not e.__suppress_context__)
            else:
                want_context = True
            context = None
            if (e and e.__context__ is not None and want_context
                    and id(e.__context__) not in _seen):
                context = capture(e.__context__)
            members = None
            if (e and _BaseExceptionGroup is not None
                    and isinstance(e, _BaseExceptionGroup)):
                members = [capture(member) for member in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = members
            if cause:
                pending.append((cause, e.__cause__))
            if context:
                pending.append((context, e.__context__))
            if members:
                pending.extend(zip(members, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Generate the exception part of the traceback: for a SyntaxError
        the location lines, then the 'Type: message' line, then the
        exception's __notes__."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return

        type_name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            type_name = module + '.' + type_name

        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(type_name)
        else:
            yield _format_final_exc_line(type_name, self._str)

        notes = self.__notes__
        if isinstance(notes, _SEQUENCE_TYPES):
            for note in notes:
                for piece in _safe_string(note, 'note').split('\n'):
                    yield piece + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, type_name):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)

        if self.text is not None:
            right = self.text.rstrip('\n')
            shown = right.lstrip(' \n\f')
            dropped = len(right) - len(shown)
            yield '    {}\n'.format(shown)
            if self.offset is not None:
                start = self.offset
                stop = self.end_offset
                if stop is None or stop == 0:
                    stop = start
                if stop == start or stop == -1:
                    stop = start + 1
                col = start - 1 - dropped
                end_col = stop - 1 - dropped
                if col >= 0:
                    # tabs and other whitespace kept, so the carets line up
                    pad = ''.join(c if c.isspace() else ' '
                                  for c in shown[:col])
                    yield '    ' + pad + '^' * (end_col - col) + '\n'
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(type_name, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        """Generate the lines of the formatted exception (and, with chain,
        of its causes and contexts first); the 'Type: message' line of this
        exception comes last."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()

        chained = []
        exc = self
        while exc:
            if not chain:
                chained.append((None, exc))
                break
            if exc.__cause__ is not None:
                message, following = _cause_message, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                message, following = _context_message, exc.__context__
            else:
                message, following = None, None
            chained.append((message, exc))
            exc = following

        for message, exc in reversed(chained):
            if message is not None:
                yield from _ctx.emit(message)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(
                    f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        toplevel = _ctx.exception_group_depth == 0
        if toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit(
                'Exception Group Traceback (most recent call last):\n',
                margin_char='+' if toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())

        total = len(exc.exceptions)
        width = self.max_group_width
        shown = total if total <= width else width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                # a nested group may close the frame itself
                _ctx.need_close = True
            truncated = width is not None and i >= width
            title = '...' if truncated else f'{i + 1}'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ')
                   + f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if truncated:
                more = total - width
                yield from _ctx.emit(
                    f"and {more} more exception{'s' if more > 1 else ''}\n")
            else:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        _write_lines(self.format(chain=chain), file)
