# os.system, os.kill and os.killpg go to libc (system(3), kill(2), killpg(3)) and raise CPython's audit events
# ("os.system" with the command as bytes, "os.kill" and "os.killpg" with the ids as ints) before they act.
import os
import signal
import sys

me = os.getpid()


def hook(event, args):
    if event.startswith("os."):
        print(event, tuple("<me>" if a == me else a for a in args), flush=True)


sys.addaudithook(hook)

# wait statuses: exit status * 256, or the number of the signal that ended the command
print(os.system("exit 3"))
print(os.system(b"true"))
print(os.system(command=""))
st = os.system("kill -TERM $$")
print(st, os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFEXITED(st))
sys.stdout.flush()
st = os.system("echo from the shell; echo to stderr >&2; exit 7")
print("after", st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.waitstatus_to_exitcode(st))
for bad in (1, "a\0b", None, b"x\0"):
    try:
        os.system(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Command:
    def __fspath__(self):
        return "exit 5"


print(os.system(Command()) >> 8)

# kill(2): signal 0 only checks; errors are the OSError subclass of errno
os.kill(me, 0)
for args in ((99999999, 0), (me, 99999), (me, -1), (2**40, 0), (-2**40, 0), (0.5, 0), ("1", 0)):
    try:
        os.kill(*args)
    except (OSError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for args in ((99999999, 0), (-1, 0), (2**40, 0), ("1", 0)):
    try:
        os.killpg(*args)
    except (OSError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

# a signal sent to this process runs its Python handler before kill() returns
got = []
signal.signal(signal.SIGUSR1, lambda signum, frame: got.append((signum, frame.f_code.co_name)))
os.kill(me, signal.SIGUSR1)
print("handled", got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(me, signal.SIGUSR1)
print("ignored", got)

# the macros of <sys/wait.h>
for status in (0, 768, 15, 0x8b, 0x137f, 0xffff):
    print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.WTERMSIG(status),
          os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WCOREDUMP(status), os.WIFCONTINUED(status))


# a str subclass (itself or from __fspath__) is a command; a lone surrogate U+DC80..U+DCFF is the byte it escapes,
# other surrogates cannot be encoded
class Command2(str):
    pass


class PathLike2:
    def __fspath__(self):
        return Command2("exit 6")


print(os.system(Command2("exit 2")) >> 8, type(os.fspath(Command2("x"))).__name__, os.system(PathLike2()) >> 8)
print(os.system("echo '\udcff' > /dev/null"))
try:
    os.system("\ud800")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

# Ctrl-C's default handler: KeyboardInterrupt from kill() itself
try:
    os.kill(me, signal.SIGINT)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from kill")

# the command's SIGCHLD runs a Python handler before system() returns
signal.signal(signal.SIGCHLD, lambda signum, frame: print("SIGCHLD handler", signum, flush=True))
print("status", os.system("true"), flush=True)
signal.signal(signal.SIGCHLD, signal.SIG_DFL)

# waitstatus_to_exitcode of statuses that are not an exit or a death, and C int overflow
for status in (127, 0x137f, 0xffff, -1, 2**31 - 1, 139, 2**31, -2**31 - 1):
    try:
        print(status, os.waitstatus_to_exitcode(status))
    except (ValueError, OverflowError) as e:
        print(status, type(e).__name__, e)
print(os.WIFCONTINUED(-1), os.WIFSIGNALED(-1), os.WTERMSIG(-1), os.WEXITSTATUS(-1), os.WIFEXITED(status=0))
try:
    os.WCOREDUMP(status=0)
except TypeError:
    print("WCOREDUMP takes no keyword")


# a hook can refuse the command before any shell starts
def deny(event, args):
    if event == "os.system":
        raise PermissionError("os.system is not allowed here")


sys.addaudithook(deny)
try:
    os.system("echo this must not run")
except PermissionError as e:
    print("refused:", e)
