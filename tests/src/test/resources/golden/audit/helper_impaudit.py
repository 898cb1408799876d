# loaded by importlib_events.py; its import statement raises the C import's event
import helper_impaudit_dep
RUNS = globals().get("RUNS", 0) + 1
