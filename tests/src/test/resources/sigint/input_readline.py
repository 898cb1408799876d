# A read of standard input (a pipe that stays open) ends with KeyboardInterrupt: input(), then
# sys.stdin.readline() uncaught.
import sys

print("ready", flush=True)
try:
    s = input()
except KeyboardInterrupt:
    print("input interrupted")
print("ready", flush=True)
sys.stdin.readline()
