# An uncaught AttributeError on an instance: the default sys.excepthook shows the suggestion
# from dir(obj) after the message, before the notes.
class Point:
    def __init__(self):
        self.x_coordinate = 1
        self.y_coordinate = 2


p = Point()
try:
    p.x_coordinat
except AttributeError as e:
    print("str:", str(e))
    print("repr:", repr(e))
    print("name/obj:", e.name, e.obj is p)
    e.add_note("a note after the suggestion")
    raise
