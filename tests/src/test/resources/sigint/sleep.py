# time.sleep ends at once with KeyboardInterrupt (caught, then uncaught).
import time

try:
    print("ready", flush=True)
    time.sleep(60)
except KeyboardInterrupt:
    print("sleep interrupted")
print("ready", flush=True)
time.sleep(60)
