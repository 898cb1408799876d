# -*- coding: latin-1 -*-
# run by RuntimeTest as `-m mod_latin1`: the module source is decoded with its coding declaration
print("café", __name__)
