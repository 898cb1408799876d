print("z ran")
