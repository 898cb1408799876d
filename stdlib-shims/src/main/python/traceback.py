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

import itertools
import linecache
import sys

# collections, textwrap and bisect are imported where they are needed (a
# negative limit, exception groups, notes that are no builtin sequence, wide
# characters): auditpy's imports of them cost more than CPython's

from _auditpy import tb_position as _tb_position

import builtins as _builtins

# exception groups, where the interpreter has them
_BaseExceptionGroup = getattr(_builtins, 'BaseExceptionGroup', None)

# the builtin types isinstance(x, collections.abc.Sequence) is true for in
# CPython (registered there, not in auditpy's ABCs)
_BUILTIN_SEQUENCES = tuple(
    getattr(_builtins, name) for name in
    ('list', 'tuple', 'str', 'range', 'memoryview', 'bytes', 'bytearray')
    if hasattr(_builtins, name))
del _builtins


def _is_sequence(obj):
    # isinstance(obj, collections.abc.Sequence) as CPython answers it
    if isinstance(obj, _BUILTIN_SEQUENCES):
        return True
    import collections
    import collections.abc
    return isinstance(obj, (collections.deque, collections.abc.Sequence))

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
        # auditpy's frames have no clear(): their locals stay until the
        # frame objects are collected
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                # the frame is still executing
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
    # columns taken by text[:offset] on a terminal: a character whose
    # East Asian Width is Wide or Fullwidth counts 2
    if text.isascii():
        return offset
    width = 0
    for ch in text[:offset]:
        width += 2 if _is_wide(ord(ch)) else 1
    return width


_wide_starts = None
_wide_ends = None


def _is_wide(cp):
    global _wide_starts, _wide_ends
    import bisect
    if _wide_starts is None:
        starts, ends = [], []
        for item in _WIDE_RANGES.split():
            first, _, last = item.partition('-')
            starts.append(int(first, 16))
            ends.append(int(last or first, 16))
        _wide_starts, _wide_ends = starts, ends
    i = bisect.bisect_right(_wide_starts, cp) - 1
    return i >= 0 and cp <= _wide_ends[i]


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
                import collections
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
        if not prefix:
            # textwrap.indent would give each text back unchanged
            yield from text_gen
            return
        import textwrap
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
        if _is_sequence(notes):
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


# The code points whose unicodedata.east_asian_width() is 'W' or 'F' in
# CPython 3.11 (Unicode 14.0.0), as hex ranges: the widths
# traceback.py's _display_width counts.
_WIDE_RANGES = (
    "378-379 380-383 38b 38d 3a2 530 557-558 58b-58c 590 5c8-5cf 5eb-5ee "
    "5f5-5ff 70e 74b-74c 7b2-7bf 7fb-7fc 82e-82f 83f 85c-85d 85f 86b-86f 88f "
    "892-897 984 98d-98e 991-992 9a9 9b1 9b3-9b5 9ba-9bb 9c5-9c6 9c9-9ca "
    "9cf-9d6 9d8-9db 9de 9e4-9e5 9ff-a00 a04 a0b-a0e a11-a12 a29 a31 a34 a37 "
    "a3a-a3b a3d a43-a46 a49-a4a a4e-a50 a52-a58 a5d a5f-a65 a77-a80 a84 a8e "
    "a92 aa9 ab1 ab4 aba-abb ac6 aca ace-acf ad1-adf ae4-ae5 af2-af8 b00 b04 "
    "b0d-b0e b11-b12 b29 b31 b34 b3a-b3b b45-b46 b49-b4a b4e-b54 b58-b5b b5e "
    "b64-b65 b78-b81 b84 b8b-b8d b91 b96-b98 b9b b9d ba0-ba2 ba5-ba7 bab-bad "
    "bba-bbd bc3-bc5 bc9 bce-bcf bd1-bd6 bd8-be5 bfb-bff c0d c11 c29 c3a-c3b "
    "c45 c49 c4e-c54 c57 c5b-c5c c5e-c5f c64-c65 c70-c76 c8d c91 ca9 cb4 "
    "cba-cbb cc5 cc9 cce-cd4 cd7-cdc cdf ce4-ce5 cf0 cf3-cff d0d d11 d45 d49 "
    "d50-d53 d64-d65 d80 d84 d97-d99 db2 dbc dbe-dbf dc7-dc9 dcb-dce dd5 dd7 "
    "de0-de5 df0-df1 df5-e00 e3b-e3e e5c-e80 e83 e85 e8b ea4 ea6 ebe-ebf ec5 "
    "ec7 ece-ecf eda-edb ee0-eff f48 f6d-f70 f98 fbd fcd fdb-fff 10c6 "
    "10c8-10cc 10ce-10cf 1100-115f 1249 124e-124f 1257 1259 125e-125f 1289 "
    "128e-128f 12b1 12b6-12b7 12bf 12c1 12c6-12c7 12d7 1311 1316-1317 "
    "135b-135c 137d-137f 139a-139f 13f6-13f7 13fe-13ff 169d-169f 16f9-16ff "
    "1716-171e 1737-173f 1754-175f 176d 1771 1774-177f 17de-17df 17ea-17ef "
    "17fa-17ff 181a-181f 1879-187f 18ab-18af 18f6-18ff 191f 192c-192f "
    "193c-193f 1941-1943 196e-196f 1975-197f 19ac-19af 19ca-19cf 19db-19dd "
    "1a1c-1a1d 1a5f 1a7d-1a7e 1a8a-1a8f 1a9a-1a9f 1aae-1aaf 1acf-1aff "
    "1b4d-1b4f 1b7f 1bf4-1bfb 1c38-1c3a 1c4a-1c4c 1c89-1c8f 1cbb-1cbc "
    "1cc8-1ccf 1cfb-1cff 1f16-1f17 1f1e-1f1f 1f46-1f47 1f4e-1f4f 1f58 1f5a "
    "1f5c 1f5e 1f7e-1f7f 1fb5 1fc5 1fd4-1fd5 1fdc 1ff0-1ff1 1ff5 1fff 2065 "
    "2072-2073 208f 209d-209f 20c1-20cf 20f1-20ff 218c-218f 231a-231b "
    "2329-232a 23e9-23ec 23f0 23f3 2427-243f 244b-245f 25fd-25fe 2614-2615 "
    "2648-2653 267f 2693 26a1 26aa-26ab 26bd-26be 26c4-26c5 26ce 26d4 26ea "
    "26f2-26f3 26f5 26fa 26fd 2705 270a-270b 2728 274c 274e 2753-2755 2757 "
    "2795-2797 27b0 27bf 2b1b-2b1c 2b50 2b55 2b74-2b75 2b96 2cf4-2cf8 2d26 "
    "2d28-2d2c 2d2e-2d2f 2d68-2d6e 2d71-2d7e 2d97-2d9f 2da7 2daf 2db7 2dbf "
    "2dc7 2dcf 2dd7 2ddf 2e5e-303e 3040-3247 3250-4dbf 4e00-a4cf a62c-a63f "
    "a6f8-a6ff a7cb-a7cf a7d2 a7d4 a7da-a7f1 a82d-a82f a83a-a83f a878-a87f "
    "a8c6-a8cd a8da-a8df a954-a95e a960-a97f a9ce a9da-a9dd a9ff aa37-aa3f "
    "aa4e-aa4f aa5a-aa5b aac3-aada aaf7-ab00 ab07-ab08 ab0f-ab10 ab17-ab1f "
    "ab27 ab2f ab6c-ab6f abee-abef abfa-d7af d7c7-d7ca d7fc-d7ff f900-faff "
    "fb07-fb12 fb18-fb1c fb37 fb3d fb3f fb42 fb45 fbc3-fbd2 fd90-fd91 "
    "fdc8-fdce fdd0-fdef fe10-fe1f fe30-fe6f fe75 fefd-fefe ff00-ff60 "
    "ffbf-ffc1 ffc8-ffc9 ffd0-ffd1 ffd8-ffd9 ffdd-ffe7 ffef-fff8 fffe-ffff "
    "1000c 10027 1003b 1003e 1004e-1004f 1005e-1007f 100fb-100ff 10103-10106 "
    "10134-10136 1018f 1019d-1019f 101a1-101cf 101fe-1027f 1029d-1029f "
    "102d1-102df 102fc-102ff 10324-1032c 1034b-1034f 1037b-1037f 1039e "
    "103c4-103c7 103d6-103ff 1049e-1049f 104aa-104af 104d4-104d7 104fc-104ff "
    "10528-1052f 10564-1056e 1057b 1058b 10593 10596 105a2 105b2 105ba "
    "105bd-105ff 10737-1073f 10756-1075f 10768-1077f 10786 107b1 107bb-107ff "
    "10806-10807 10809 10836 10839-1083b 1083d-1083e 10856 1089f-108a6 "
    "108b0-108df 108f3 108f6-108fa 1091c-1091e 1093a-1093e 10940-1097f "
    "109b8-109bb 109d0-109d1 10a04 10a07-10a0b 10a14 10a18 10a36-10a37 "
    "10a3b-10a3e 10a49-10a4f 10a59-10a5f 10aa0-10abf 10ae7-10aea 10af7-10aff "
    "10b36-10b38 10b56-10b57 10b73-10b77 10b92-10b98 10b9d-10ba8 10bb0-10bff "
    "10c49-10c7f 10cb3-10cbf 10cf3-10cf9 10d28-10d2f 10d3a-10e5f 10e7f 10eaa "
    "10eae-10eaf 10eb2-10eff 10f28-10f2f 10f5a-10f6f 10f8a-10faf 10fcc-10fdf "
    "10ff7-10fff 1104e-11051 11076-1107e 110c3-110cc 110ce-110cf 110e9-110ef "
    "110fa-110ff 11135 11148-1114f 11177-1117f 111e0 111f5-111ff 11212 "
    "1123f-1127f 11287 11289 1128e 1129e 112aa-112af 112eb-112ef 112fa-112ff "
    "11304 1130d-1130e 11311-11312 11329 11331 11334 1133a 11345-11346 "
    "11349-1134a 1134e-1134f 11351-11356 11358-1135c 11364-11365 1136d-1136f "
    "11375-113ff 1145c 11462-1147f 114c8-114cf 114da-1157f 115b6-115b7 "
    "115de-115ff 11645-1164f 1165a-1165f 1166d-1167f 116ba-116bf 116ca-116ff "
    "1171b-1171c 1172c-1172f 11747-117ff 1183c-1189f 118f3-118fe 11907-11908 "
    "1190a-1190b 11914 11917 11936 11939-1193a 11947-1194f 1195a-1199f "
    "119a8-119a9 119d8-119d9 119e5-119ff 11a48-11a4f 11aa3-11aaf 11af9-11bff "
    "11c09 11c37 11c46-11c4f 11c6d-11c6f 11c90-11c91 11ca8 11cb7-11cff 11d07 "
    "11d0a 11d37-11d39 11d3b 11d3e 11d48-11d4f 11d5a-11d5f 11d66 11d69 11d8f "
    "11d92 11d99-11d9f 11daa-11edf 11ef9-11faf 11fb1-11fbf 11ff2-11ffe "
    "1239a-123ff 1246f 12475-1247f 12544-12f8f 12ff3-12fff 1342f 13439-143ff "
    "14647-167ff 16a39-16a3f 16a5f 16a6a-16a6d 16abf 16aca-16acf 16aee-16aef "
    "16af6-16aff 16b46-16b4f 16b5a 16b62 16b78-16b7c 16b90-16e3f 16e9b-16eff "
    "16f4b-16f4e 16f88-16f8e 16fa0-1bbff 1bc6b-1bc6f 1bc7d-1bc7f 1bc89-1bc8f "
    "1bc9a-1bc9b 1bca4-1ceff 1cf2e-1cf2f 1cf47-1cf4f 1cfc4-1cfff 1d0f6-1d0ff "
    "1d127-1d128 1d1eb-1d1ff 1d246-1d2df 1d2f4-1d2ff 1d357-1d35f 1d379-1d3ff "
    "1d455 1d49d 1d4a0-1d4a1 1d4a3-1d4a4 1d4a7-1d4a8 1d4ad 1d4ba 1d4bc 1d4c4 "
    "1d506 1d50b-1d50c 1d515 1d51d 1d53a 1d53f 1d545 1d547-1d549 1d551 "
    "1d6a6-1d6a7 1d7cc-1d7cd 1da8c-1da9a 1daa0 1dab0-1deff 1df1f-1dfff 1e007 "
    "1e019-1e01a 1e022 1e025 1e02b-1e0ff 1e12d-1e12f 1e13e-1e13f 1e14a-1e14d "
    "1e150-1e28f 1e2af-1e2bf 1e2fa-1e2fe 1e300-1e7df 1e7e7 1e7ec 1e7ef 1e7ff "
    "1e8c5-1e8c6 1e8d7-1e8ff 1e94c-1e94f 1e95a-1e95d 1e960-1ec70 1ecb5-1ed00 "
    "1ed3e-1edff 1ee04 1ee20 1ee23 1ee25-1ee26 1ee28 1ee33 1ee38 1ee3a "
    "1ee3c-1ee41 1ee43-1ee46 1ee48 1ee4a 1ee4c 1ee50 1ee53 1ee55-1ee56 1ee58 "
    "1ee5a 1ee5c 1ee5e 1ee60 1ee63 1ee65-1ee66 1ee6b 1ee73 1ee78 1ee7d 1ee7f "
    "1ee8a 1ee9c-1eea0 1eea4 1eeaa 1eebc-1eeef 1eef2-1efff 1f004 1f02c-1f02f "
    "1f094-1f09f 1f0af-1f0b0 1f0c0 1f0cf-1f0d0 1f0f6-1f0ff 1f18e 1f191-1f19a "
    "1f1ae-1f1e5 1f200-1f320 1f32d-1f335 1f337-1f37c 1f37e-1f393 1f3a0-1f3ca "
    "1f3cf-1f3d3 1f3e0-1f3f0 1f3f4 1f3f8-1f43e 1f440 1f442-1f4fc 1f4ff-1f53d "
    "1f54b-1f54e 1f550-1f567 1f57a 1f595-1f596 1f5a4 1f5fb-1f64f 1f680-1f6c5 "
    "1f6cc 1f6d0-1f6d2 1f6d5-1f6df 1f6eb-1f6ef 1f6f4-1f6ff 1f774-1f77f "
    "1f7d9-1f7ff 1f80c-1f80f 1f848-1f84f 1f85a-1f85f 1f888-1f88f 1f8ae-1f8af "
    "1f8b2-1f8ff 1f90c-1f93a 1f93c-1f945 1f947-1f9ff 1fa54-1fa5f 1fa6e-1faff "
    "1fb93 1fbcb-1fbef 1fbfa-e0000 e0002-e001f e0080-e00ff e01f0-effff "
    "ffffe-fffff 10fffe-10ffff "
)
