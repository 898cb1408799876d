# os: directories and files inside a temporary directory; environment; pid.
import os
import tempfile
import shutil
base = tempfile.mkdtemp(prefix="golden_")
try:
    print(os.path.isdir(base), os.listdir(base))
    os.makedirs(os.path.join(base, "a", "b", "c"))
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, "a"))
    except FileExistsError as e:
        print("FileExistsError:", os.path.basename(e.filename))
    os.mkdir(os.path.join(base, "z"))
    for name in ["one.txt", "two.log", "three.txt"]:
        with open(os.path.join(base, name), "w") as f:
            f.write(name * 2)
    print(sorted(os.listdir(base)))
    print(sorted(n for n in os.listdir(base) if n.endswith(".txt")))
    print(os.path.getsize(os.path.join(base, "one.txt")))
    os.rename(os.path.join(base, "two.log"), os.path.join(base, "two.txt"))
    os.remove(os.path.join(base, "one.txt"))
    print(sorted(os.listdir(base)))
    os.rmdir(os.path.join(base, "z"))
    try:
        os.rmdir(os.path.join(base, "a"))
    except OSError as e:
        print(type(e).__name__, "directory not empty:", e.strerror)
    try:
        os.remove(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror)
    walked = []
    for root, dirs, files in os.walk(base):
        dirs.sort()
        walked.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
    print(walked)
    old = os.getcwd()
    os.chdir(os.path.join(base, "a"))
    print(os.path.basename(os.getcwd()), sorted(os.listdir(".")))
    os.chdir(old)
    print(os.getcwd() == old)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
print(os.environ.get("HOME") is not None, os.environ.get("SURELY_NOT_SET_VAR_123", "fallback"))
os.environ["GOLDEN_TEST_VAR"] = "value"
print(os.environ["GOLDEN_TEST_VAR"], os.getenv("GOLDEN_TEST_VAR"), "GOLDEN_TEST_VAR" in os.environ)
print(isinstance(os.getpid(), int), os.getpid() > 0, os.name)
