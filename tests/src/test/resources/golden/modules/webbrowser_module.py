# webbrowser with $BROWSER command lines ('true' and 'false' as browsers, so that nothing opens): the order tried,
# GenericBrowser, '%s' command lines, the webbrowser.open and subprocess.Popen audit events, and the errors.
import os
import sys

for k in ("DISPLAY", "WAYLAND_DISPLAY", "TERM"):
    os.environ.pop(k, None)
os.environ["BROWSER"] = os.pathsep.join(["false", "true"])
import webbrowser


def hook(event, args):
    if event.startswith(("webbrowser", "subprocess")):
        print(event, args)


sys.addaudithook(hook)
print(webbrowser.open("http://example.com/a b"))
print(webbrowser._tryorder, type(webbrowser.get()).__name__, webbrowser.get().name)
print(webbrowser.open_new_tab("x"), webbrowser.open_new("y"))
try:
    webbrowser.get("nonexistent-browser-xyz")
except webbrowser.Error as e:
    print("Error", e)
b = webbrowser.get("true --flag %s")
print(type(b).__name__, b.name, b.args, b.open("z"))
print(type(webbrowser.get("sleep 0 %s &")).__name__)
webbrowser.register("mine", webbrowser.GenericBrowser, preferred=True)
print(webbrowser._tryorder[0])
print(webbrowser.get("false").open("w"))
try:
    webbrowser.BaseBrowser().open("q")
except NotImplementedError:
    print("NotImplementedError")
