import helper_circ_a
# helper_circ_a is in sys.modules but has not run past its first line
for attempt in ("from", "attribute", "getattr"):
    try:
        if attempt == "from":
            from helper_circ_a import f
        elif attempt == "attribute":
            helper_circ_a.f
        else:
            getattr(helper_circ_a, "f")
    except (ImportError, AttributeError) as e:
        print(attempt, type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "$DIR"))
print(hasattr(helper_circ_a, "f"), getattr(helper_circ_a, "f", "default"))
