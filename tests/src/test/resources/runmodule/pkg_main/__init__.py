print("pkg_main imported as", __name__)
