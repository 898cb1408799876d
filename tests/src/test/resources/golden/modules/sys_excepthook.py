# A custom sys.excepthook handles the uncaught exception; exit status stays 1.
import sys
def my_hook(exc_type, exc_value, tb):
    print("custom hook:", exc_type.__name__, exc_value, type(tb).__name__)
    print("frame of the error:", tb.tb_next.tb_frame.f_code.co_name if tb.tb_next else tb.tb_frame.f_code.co_name)
sys.excepthook = my_hook
def failing():
    raise LookupError("nothing found")
print("start")
failing()
print("not reached")
