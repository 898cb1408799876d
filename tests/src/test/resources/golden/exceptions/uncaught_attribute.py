# An uncaught AttributeError on a method call chain; carets mark the attribute.
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next_node = next_node

def third_value(node):
    return node.next_node.next_node.value

chain = Node(1, Node(2, Node(3)))
print(third_value(chain))
print(third_value(Node(1, Node(2))))
