# A second Ctrl-C while the first one's handler runs raises a new KeyboardInterrupt there.
import time

try:
    print("ready", flush=True)
    while True:
        pass
except KeyboardInterrupt:
    print("first", flush=True)
    try:
        print("ready", flush=True)
        time.sleep(60)
    except KeyboardInterrupt:
        print("second")
finally:
    print("finally")
