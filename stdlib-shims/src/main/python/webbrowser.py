"""Opens URLs in a web browser (the ``webbrowser`` module, as CPython's Lib/webbrowser.py on Linux).

The browsers tried are, in order: those named in ``$BROWSER`` (``os.pathsep``-separated command lines; ``%s`` stands
for the URL, else it is appended), then, with a display (``$DISPLAY`` or ``$WAYLAND_DISPLAY``), the desktop's opener
and the graphical browsers found on ``PATH``, then, with a terminal (``$TERM``), the console browsers found on
``PATH``. ``open`` returns True once one of them succeeds, else False. Each browser raises the audit event
``webbrowser.open`` with ``(url,)`` before it starts its command (through ``subprocess``, which raises
``subprocess.Popen``), as CPython's do.
"""

import os
import shutil
import subprocess
import sys

__all__ = ["Error", "open", "open_new", "open_new_tab", "get", "register"]


class Error(Exception):
    pass


_browsers = {}          # lower-case name -> [class, instance]
_tryorder = None        # names in the order open() tries them
_os_preferred_browser = None


def register(name, klass, instance=None, *, preferred=False):
    """Registers a browser under ``name``: a class to instantiate on demand, or an instance."""
    global _tryorder
    if _tryorder is None:
        register_standard_browsers()
    _browsers[name.lower()] = [klass, instance]
    if preferred or (_os_preferred_browser and name in _os_preferred_browser):
        _tryorder.insert(0, name)
    else:
        _tryorder.append(name)


def get(using=None):
    """The controller for browser ``using`` (a registered name or a command line), or the first usable one."""
    if _tryorder is None:
        register_standard_browsers()
    alternatives = [using] if using is not None else _tryorder
    for browser in alternatives:
        if '%s' in browser:
            words = _split(browser)
            if words[-1] == '&':
                return BackgroundBrowser(words[:-1])
            return GenericBrowser(words)
        try:
            command = _browsers[browser.lower()]
        except KeyError:
            command = _synthesize(browser)
        if command[1] is not None:
            return command[1]
        if command[0] is not None:
            return command[0]()
    raise Error("could not locate runnable browser")


def open(url, new=0, autoraise=True):
    """Opens ``url`` in the first browser that succeeds (``new``: 0 same window, 1 new window, 2 new tab)."""
    if _tryorder is None:
        register_standard_browsers()
    for name in _tryorder:
        browser = get(name)
        if browser.open(url, new, autoraise):
            return True
    return False


def open_new(url):
    return open(url, 1)


def open_new_tab(url):
    return open(url, 2)


def _split(cmdline):
    """Words of a command line as a POSIX shell splits them (shlex.split's rules: blanks separate, single quotes
    keep everything, double quotes keep all but backslash escapes of $ ` " \\ and newline, a backslash outside
    quotes escapes the next character)."""
    words = []
    word = None
    i = 0
    n = len(cmdline)
    while i < n:
        c = cmdline[i]
        if c in ' \t\r\n':
            if word is not None:
                words.append(word)
                word = None
            i += 1
        elif c == "'":
            end = cmdline.find("'", i + 1)
            if end < 0:
                raise ValueError("No closing quotation")
            word = (word or '') + cmdline[i + 1:end]
            i = end + 1
        elif c == '"':
            i += 1
            part = ''
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = cmdline[i]
                if c == '"':
                    break
                if c == '\\' and i + 1 < n and cmdline[i + 1] in '$`"\\\n':
                    part += cmdline[i + 1]
                    i += 2
                    continue
                part += c
                i += 1
            word = (word or '') + part
            i += 1
        elif c == '\\':
            if i + 1 >= n:
                raise ValueError("No escaped character")
            word = (word or '') + cmdline[i + 1]
            i += 2
        else:
            word = (word or '') + c
            i += 1
    if word is not None:
        words.append(word)
    return words


def _synthesize(browser, *, preferred=False):
    """A controller for a command line whose program is a known browser found on PATH (registered under the
    command line), else [None, None]."""
    cmd = browser.split()[0]
    if not shutil.which(cmd):
        return [None, None]
    name = os.path.basename(cmd)
    try:
        command = _browsers[name.lower()]
    except KeyError:
        return [None, None]
    controller = command[1]
    if controller and name.lower() == controller.basename:
        import copy
        controller = copy.copy(controller)
        controller.name = browser
        controller.basename = os.path.basename(browser)
        register(browser, None, instance=controller, preferred=preferred)
        return [None, controller]
    return [None, None]


class BaseBrowser:
    """A browser controller: ``open(url, new, autoraise)`` returns whether the browser took the URL."""

    args = ['%s']

    def __init__(self, name=""):
        self.name = name
        self.basename = name

    def open(self, url, new=0, autoraise=True):
        raise NotImplementedError

    def open_new(self, url):
        return self.open(url, 1)

    def open_new_tab(self, url):
        return self.open(url, 2)


class GenericBrowser(BaseBrowser):
    """A browser run as a command in the foreground: it succeeded if it exits with status 0."""

    def __init__(self, name):
        if isinstance(name, str):
            self.name = name
            self.args = ["%s"]
        else:
            self.name = name[0]
            self.args = name[1:]
        self.basename = os.path.basename(self.name)

    def open(self, url, new=0, autoraise=True):
        sys.audit("webbrowser.open", url)
        cmdline = [self.name] + [arg.replace("%s", url) for arg in self.args]
        try:
            p = subprocess.Popen(cmdline, close_fds=True)
            return not p.wait()
        except OSError:
            return False


class BackgroundBrowser(GenericBrowser):
    """A browser started in the background: it succeeded if it is still running right after it started."""

    def open(self, url, new=0, autoraise=True):
        sys.audit("webbrowser.open", url)
        cmdline = [self.name] + [arg.replace("%s", url) for arg in self.args]
        try:
            p = subprocess.Popen(cmdline, close_fds=True, start_new_session=True)
            return p.poll() is None
        except OSError:
            return False


def _register_if_found(name, make):
    if shutil.which(name):
        register(name, None, make(name))


def register_standard_browsers():
    """Fills the browser list from the environment, the display and PATH (see the module's description)."""
    global _tryorder
    _tryorder = []
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        if shutil.which("xdg-open"):
            register("xdg-open", None, BackgroundBrowser("xdg-open"))
        if shutil.which("gio"):
            register("gio", None, BackgroundBrowser(["gio", "open", "--", "%s"]))
        for name in ("x-www-browser", "firefox", "iceweasel", "chromium", "chromium-browser", "google-chrome",
                     "google-chrome-stable", "brave-browser", "microsoft-edge", "opera", "epiphany", "konqueror"):
            _register_if_found(name, BackgroundBrowser)
    if os.environ.get("TERM"):
        for name in ("www-browser", "links", "elinks", "lynx", "w3m"):
            _register_if_found(name, GenericBrowser)
    if "BROWSER" in os.environ:
        userchoices = os.environ["BROWSER"].split(os.pathsep)
        userchoices.reverse()
        for cmdline in userchoices:
            if cmdline != '':
                cmd = _synthesize(cmdline, preferred=True)
                if cmd[1] is None:
                    register(cmdline, None, GenericBrowser(cmdline), preferred=True)
