# open() in binary mode before anything imported os or posix (buffering asks the raw file isatty())
with open(__file__, "rb") as f:
    print(f.read(9), f.raw.isatty(), type(f).__name__)
with open(__file__, "rb", buffering=0) as f:
    print(f.isatty(), f.read(2))
