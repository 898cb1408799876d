# An exception raised while handling another one (implicit context).
def cleanup(resource):
    raise OSError("cleanup of " + resource + " failed")

def use(resource):
    try:
        raise KeyError(resource)
    except KeyError:
        cleanup(resource)

use("db")
