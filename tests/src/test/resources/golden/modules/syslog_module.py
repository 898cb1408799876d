# syslog: the audit events of openlog/syslog/setlogmask/closelog (CPython's arguments), constants, mask helpers.
import sys
import syslog


def hook(event, args):
    if event.startswith("syslog."):
        print(event, args)


sys.addaudithook(hook)
print(syslog.LOG_EMERG, syslog.LOG_INFO, syslog.LOG_DEBUG, syslog.LOG_USER, syslog.LOG_LOCAL0, syslog.LOG_LOCAL7,
      syslog.LOG_PID, syslog.LOG_NDELAY, syslog.LOG_AUTHPRIV)
print(syslog.LOG_MASK(syslog.LOG_ERR), syslog.LOG_UPTO(syslog.LOG_ERR))
syslog.syslog(syslog.LOG_DEBUG, "auditpy golden test: implicit openlog")
syslog.openlog("auditpy-golden", syslog.LOG_PID, syslog.LOG_USER)
syslog.syslog("auditpy golden test message")
syslog.syslog(syslog.LOG_DEBUG | syslog.LOG_LOCAL0, "with %s formatting chars %d")
old = syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_DEBUG))
print(type(old).__name__)
print(syslog.setlogmask(0) == syslog.LOG_UPTO(syslog.LOG_DEBUG))
syslog.openlog(facility=syslog.LOG_LOCAL1)
syslog.closelog()
syslog.closelog()
for bad in [lambda: syslog.syslog(1), lambda: syslog.syslog(), lambda: syslog.syslog("a", "b"), lambda: syslog.openlog(3),
            lambda: syslog.setlogmask("x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
sys.argv = ["/some/dir/prog.py"]
syslog.openlog()
sys.argv = []
syslog.openlog(logoption=syslog.LOG_NDELAY)
syslog.closelog()


class Ident(str):
    pass


# a str subclass is a str argument (its value), as in CPython
syslog.openlog(Ident("auditpy-golden"))
syslog.closelog()
print("ident subclass accepted")
