# run by importlib_util.py through spec_from_file_location + exec_module
print("helper_loadfile runs as", __name__)
TWICE = [n * 2 for n in range(3)]
