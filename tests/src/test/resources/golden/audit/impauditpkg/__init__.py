PARENT = "parent"
