DEP = "dep"
