# CPython's logging package: basicConfig, loggers and their hierarchy, the three format styles, exc_info
# tracebacks, LoggerAdapter, filters, handlers writing to files and rotating them, dictConfig
import io
import logging
import logging.config
import logging.handlers
import os
import sys
import tempfile

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s", "two")
log.warning("warning")
log.error("error %r", {"k": 3})
log.critical("critical")
log.log(25, "level 25")
print(logging.getLevelName(25), logging.getLevelName("WARNING"), logging.getLevelName(logging.INFO))
logging.addLevelName(25, "NOTICE")
log.log(25, "now named")
logging.info("root logger")

child = logging.getLogger("app.child")
print(child.parent is log, child.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), child.name)
child.setLevel(logging.ERROR)
child.warning("not shown")
child.error("shown by child")
print(logging.getLogger("app").getChild("child") is child, logging.root is logging.getLogger())

# tracebacks name this file by its absolute path: they go to stderr, where the test's folder is $DIR
exc_log = logging.getLogger("app.exc")
exc_log.propagate = False
exc_handler = logging.StreamHandler()
exc_handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
exc_log.addHandler(exc_handler)
try:
    {}["missing"]
except KeyError:
    exc_log.exception("lookup failed")
try:
    1 / 0
except ZeroDivisionError as e:
    exc_log.error("with exc_info", exc_info=e)
exc_log.info("stack info", stack_info=False)


def record_of(**kw):
    rec = logging.LogRecord("rec", logging.INFO, "/path/to/file.py", 42, "msg %s", ("arg",), None, func="fn", **kw)
    rec.created = 1700000000.5
    rec.msecs = 500.0
    rec.relativeCreated = 12.0
    rec.thread = 1
    rec.threadName = "MainThread"
    rec.process = 1
    return rec


r = record_of()
for fmt, style in [("%(name)s|%(levelno)d|%(filename)s|%(module)s|%(lineno)d|%(funcName)s|%(message)s", "%"),
                   ("{name}|{levelname:>8}|{pathname}|{message!r}", "{"),
                   ("$name|$levelname|$message|${lineno}", "$")]:
    print(logging.Formatter(fmt, style=style).format(r))
print(logging.Formatter("%(asctime)s %(message)s", datefmt="%Y").format(r)[4:])
f = logging.Formatter("%(message)s")
print(f.usesTime(), logging.Formatter("%(asctime)s").usesTime())
for bad in [("%(message)", "%"), ("{message", "{"), ("$", "$"), ("no fields", "{")]:
    try:
        logging.Formatter(bad[0], style=bad[1])
    except ValueError as e:
        print("ValueError:", e)
print(repr(r), r.getMessage())

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
lg = logging.getLogger("stream")
lg.propagate = False
lg.addHandler(h)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


lg.addFilter(OnlyOdd())
for i in range(4):
    lg.warning("number %d", i)
lg.addFilter(lambda rec: rec.args[0] != 3)
for i in range(4):
    lg.warning("again %d", i)
print(stream.getvalue(), end="")
print(repr(h), lg.hasHandlers(), len(lg.handlers), logging.Filter("stream").filter(r), logging.Filter("re").filter(r))

for flt in list(lg.filters):
    lg.removeFilter(flt)
adapter = logging.LoggerAdapter(lg, {"user": "alice"})


class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), kwargs


stream.truncate(0)
stream.seek(0)
adapter.warning("plain adapter %s", "x")
Adapter(lg, {"user": "bob"}).error("custom adapter")
h.setFormatter(logging.Formatter("%(user)s: %(message)s"))
lg.warning("extra", extra={"user": "carol"})
print(stream.getvalue(), end="")
print(repr(adapter), adapter.getEffectiveLevel(), adapter.isEnabledFor(logging.INFO))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "app.log")
    fh = logging.FileHandler(path, encoding="utf-8")
    fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    flog = logging.getLogger("file")
    flog.propagate = False
    flog.addHandler(fh)
    flog.warning("to the file")
    flog.error("second line: é")
    fh.close()
    with open(path, encoding="utf-8") as fp:
        print(fp.read(), end="")
    delayed = logging.FileHandler(os.path.join(d, "delayed.log"), delay=True)
    print(os.path.exists(os.path.join(d, "delayed.log")), delayed.stream)
    delayed.close()

    rpath = os.path.join(d, "rot.log")
    rh = logging.handlers.RotatingFileHandler(rpath, maxBytes=40, backupCount=2)
    rh.setFormatter(logging.Formatter("%(message)s"))
    rlog = logging.getLogger("rot")
    rlog.propagate = False
    rlog.addHandler(rh)
    for i in range(8):
        rlog.warning("rotating message %d", i)
    rh.close()
    print(sorted(os.listdir(d)))
    for name in sorted(os.listdir(d)):
        if name.startswith("rot"):
            with open(os.path.join(d, name)) as fp:
                print(name, fp.read().split())

mem = logging.handlers.MemoryHandler(2, target=logging.StreamHandler(sys.stdout))
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.addHandler(mem)
mlog.warning("buffered 1")
print("before flush")
mlog.warning("buffered 2")
mem.close()

qh_queue = __import__("queue").Queue()
qlog = logging.getLogger("q")
qlog.propagate = False
qlog.addHandler(logging.handlers.QueueHandler(qh_queue))
qlog.warning("queued %s", "item")
rec = qh_queue.get_nowait()
print(rec.getMessage(), rec.msg, rec.args, rec.levelname)

logging.config.dictConfig({
    "version": 1,
    "formatters": {"brief": {"format": "dict:%(levelname)s:%(name)s:%(message)s"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "formatter": "brief", "stream": "ext://sys.stdout",
                         "level": "INFO"}},
    "loggers": {"configured": {"handlers": ["out"], "level": "DEBUG", "propagate": False}},
})
clog = logging.getLogger("configured")
clog.debug("filtered by the handler")
clog.info("configured logger")
print(clog.level, clog.handlers[0].level, type(clog.handlers[0]).__name__)
try:
    logging.config.dictConfig({"version": 2})
except ValueError as e:
    print("ValueError:", e)

logging.disable(logging.WARNING)
log.warning("disabled")
log.error("not disabled")
logging.disable(logging.NOTSET)
print(logging.getLevelNamesMapping()["NOTICE"] if hasattr(logging, "getLevelNamesMapping") else None)
logging.shutdown()
print("done")
