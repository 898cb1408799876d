# os.path pure functions (no absolute paths printed).
import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("a/", "b"), os.path.join("a", "/abs", "c"), os.path.join("x", ""))
print(os.path.basename("dir/sub/file.tar.gz"), os.path.dirname("dir/sub/file.tar.gz"), repr(os.path.basename("dir/")))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.splitext(".hidden"), os.path.splitext("a.b/c"))
print(os.path.split("a/b/c"), os.path.split("c"), os.path.split("/"))
print(os.path.isabs("/x"), os.path.isabs("x/y"), os.path.normpath("a//b/./c/../d"), os.path.normpath(""))
print(os.sep, os.path.sep == os.sep, os.curdir, os.pardir)
cwd = os.getcwd()
print(type(cwd).__name__, os.path.isabs(cwd), os.path.abspath("x.txt") == os.path.join(cwd, "x.txt"))
print(os.path.abspath(".") == cwd, os.path.basename(os.path.abspath("sub/file.py")))
print(os.path.relpath(os.path.join(cwd, "a", "b"), cwd), os.path.exists(__file__), os.path.isfile(__file__))
print(os.path.isdir("."), os.path.isdir(__file__), os.path.exists("definitely_missing_file.xyz"))
print(os.path.basename(__file__), os.path.dirname(os.path.abspath(__file__)) == cwd)
print(os.path.commonprefix(["abcd", "abxy", "ab"]), os.path.expanduser("plain"))
print(os.path.join(*["p", "q", "r"]), os.path.splitext(os.path.basename("/tmp/report.final.txt"))[0])
