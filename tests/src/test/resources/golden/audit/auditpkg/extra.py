EXTRA = "extra"
