print("implpkg.inner runs")
INNER_VALUE = 41
