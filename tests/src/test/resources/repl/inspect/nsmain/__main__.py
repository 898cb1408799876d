print("main of", __name__, __package__)
