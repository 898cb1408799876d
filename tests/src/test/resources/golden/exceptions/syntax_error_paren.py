# A syntax error: the whole file fails to compile and nothing runs.
print("this line never runs")
x = (1,
y = 2
