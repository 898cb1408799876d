import helper_circ_b
def f():
    return "f"
