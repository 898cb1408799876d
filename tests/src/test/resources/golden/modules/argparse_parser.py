# CPython's argparse (with gettext and locale) on auditpy: parsing, help, usage and errors (exit status 2).
import sys
import argparse
p = argparse.ArgumentParser(prog="demo", description="A demo parser.", epilog="That's all.")
p.add_argument("-n", "--count", type=int, default=3, help="how many (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--flag", action="store_true")
g = p.add_mutually_exclusive_group()
g.add_argument("--yes", action="store_true")
g.add_argument("--no", action="store_true")
sub = p.add_subparsers(dest="cmd")
s1 = sub.add_parser("run", help="run it")
s1.add_argument("target")
print(p.parse_args(["-n", "5", "-vv", "--flag", "run", "t"]))
print(p.parse_args(["run", "x"]))
print(p.format_help())
print(p.format_usage())
for bad in [["-n", "x"], ["--mode", "medium"], ["--yes", "--no"], ["--unknown"], ["run"]]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
ns, rest = p.parse_known_args(["--zzz", "a"])
print(ns, rest)
