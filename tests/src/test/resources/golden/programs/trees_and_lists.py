# A singly linked list and a binary search tree, both iterable through generators.
class LinkedList:
    class _Node:
        def __init__(self, value, nxt=None):
            self.value = value
            self.next = nxt

    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push_front(item)

    def push_front(self, value):
        self.head = self._Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, value):
        link = None
        node = self.head
        while node:
            if node.value == value:
                if link is None:
                    self.head = node.next
                else:
                    link.next = node.next
                self.size -= 1
                return True
            link, node = node, node.next
        return False

    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, value=None):
        if self.root is None:
            self.root = [key, value, None, None]
            self.count += 1
            return
        node = self.root
        while True:
            if key == node[0]:
                node[1] = value
                return
            side = 2 if key < node[0] else 3
            if node[side] is None:
                node[side] = [key, value, None, None]
                self.count += 1
                return
            node = node[side]

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[2] if key < node[0] else node[3]
        return False

    def inorder(self, node="root"):
        if node == "root":
            node = self.root
        if node:
            yield from self.inorder(node[2])
            yield node[0], node[1]
            yield from self.inorder(node[3])

    def __iter__(self):
        return (k for k, _ in self.inorder())

    def height(self, node="root"):
        if node == "root":
            node = self.root
        return 0 if node is None else 1 + max(self.height(node[2]), self.height(node[3]))

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n[0] for n in level]
            level = [c for n in level for c in (n[2], n[3]) if c]

    def range(self, lo, hi):
        for k in self:
            if k > hi:
                return
            if k >= lo:
                yield k


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), list(ll), sum(ll), max(ll))
ll.push_front(9)
ll.reverse()
print("reversed:", ll)
print("remove 1:", ll.remove(1), ll)
print("remove 42:", ll.remove(42), len(ll))
print([v * 2 for v in ll if v % 2], 4 in ll, 7 in ll)
tree = BST()
for word in "the quick brown fox jumps over the lazy dog and runs away".split():
    tree.insert(word, len(word))
print("count:", tree.count, "height:", tree.height())
print("sorted:", list(tree))
print("pairs:", list(tree.inorder())[:4])
for depth, keys in enumerate(tree.levels()):
    print(f"  level {depth}: {keys}")
print("'fox' in tree:", "fox" in tree, "'cat' in tree:", "cat" in tree)
print("range d..p:", list(tree.range("d", "p")))
nums = BST()
for n in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    nums.insert(n)
print(list(nums), nums.height(), list(nums.levels()))
gen = iter(nums)
print(next(gen), next(gen), next(gen))
degenerate = BST()
for n in range(1, 8):
    degenerate.insert(n)
print("degenerate height:", degenerate.height(), "levels:", len(list(degenerate.levels())))
