LEAF_NAME = "leaf"
