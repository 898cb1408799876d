print("implpkg init")
PKG_VALUE = 1
