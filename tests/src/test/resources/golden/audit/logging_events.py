# The audit events of logging's file handlers: FileHandler opens its file (CPython's open event, at once or at the
# first record with delay=True), RotatingFileHandler's rollover removes and renames backups and opens anew
import logging
import logging.handlers
import os
import sys
import tempfile

d = tempfile.mkdtemp()
events = []


def hook(event, args):
    if event in ("open", "os.rename", "os.remove", "os.truncate") or event.startswith("shutil."):
        events.append((event, tuple(a.replace(d, "<d>") if isinstance(a, str) else a for a in args)))


sys.addaudithook(hook)


def show(title):
    print(title)
    for e in events:
        print("  ", e)
    events.clear()


log = logging.getLogger("audited")
log.propagate = False
fh = logging.FileHandler(os.path.join(d, "a.log"))
show("FileHandler()")
log.addHandler(fh)
log.warning("one")
show("first record")
fh.close()
log.removeHandler(fh)
show("close")

dh = logging.FileHandler(os.path.join(d, "delayed.log"), mode="w", encoding="utf-8", delay=True)
show("FileHandler(delay=True)")
log.addHandler(dh)
log.warning("two")
show("first record with delay")
dh.close()
log.removeHandler(dh)

rh = logging.handlers.RotatingFileHandler(os.path.join(d, "r.log"), maxBytes=20, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
show("RotatingFileHandler()")
for i in range(4):
    log.warning("record number %d", i)
    show("record %d" % i)
rh.close()

wh = logging.handlers.WatchedFileHandler(os.path.join(d, "w.log"))
show("WatchedFileHandler()")
wh.close()
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
events.clear()
print("done")
