# A continuation line that never comes.
x = 1 + \
