# shutil.make_archive and unpack_archive over CPython's tarfile and zipfile (Lib/*.py): the shutil events, the
# open of the archive (tarfile's _LowLevelFile through os.open), the walk of the tree and the files written back.
import gzip
import os
import shutil
import sys
import tarfile
import zipfile

b"x".decode("cp437")  # zipfile decodes names with it: its codec module is imported before the hook
base = os.path.abspath("shutil_archive_work")
if os.path.exists(base):
    shutil.rmtree(base)
os.mkdir(base)
os.chdir(base)
os.makedirs("src/sub")  # one entry per directory: the order of a directory's entries is the file system's
with open("src/sub/a.txt", "w") as f:
    f.write("hello")

quiet = False

def hook(event, args):
    if quiet or event == "os.chown":  # tarfile sets owners only when run as root
        return
    if event == "os.utime":
        args = (args[0], "<times>", "<ns>") + args[3:]
    if event.startswith(("os.", "shutil.", "open")):
        print(event, args)

sys.addaudithook(hook)
print("-- make_archive gztar")
print(os.path.basename(shutil.make_archive("arch", "gztar", "src")))
print("-- make_archive tar")
print(os.path.basename(shutil.make_archive("plain", "tar", "src")))
print("-- make_archive zip")
print(os.path.basename(shutil.make_archive("zipped", "zip", "src")))
print("-- unpack_archive tar.gz")
shutil.unpack_archive("arch.tar.gz", "out")
print("-- unpack_archive zip")
shutil.unpack_archive("zipped.zip", "out2")
print("-- tarfile.open r:")
with tarfile.open("plain.tar", "r:") as t:
    print(t.getnames())
print("-- zipfile")
with zipfile.ZipFile("zipped.zip") as z:
    print(z.namelist(), z.read("sub/a.txt"))
with open("out/sub/a.txt") as f1, open("out2/sub/a.txt") as f2:
    print(f1.read(), f2.read())
quiet = True
os.chdir("..")
shutil.rmtree(base)
