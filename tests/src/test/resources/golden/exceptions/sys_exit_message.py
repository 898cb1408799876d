# sys.exit with a string: the message goes to stderr and the status is 1.
import sys
def fail():
    print("about to fail")
    sys.exit("fatal: configuration missing")
try:
    fail()
finally:
    print("finally still runs")
