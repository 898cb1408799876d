# A small matrix library with operator overloading.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[format_num(v) for v in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[" + " ".join(c.rjust(width) for c in row) + "]" for row in cells)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __add__(self, other):
        self._same_shape(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-1) * other

    def __neg__(self):
        return (-1) * self

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[v * k for v in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def _same_shape(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError("shape mismatch")

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def determinant(self):
        if self.n != self.m:
            raise ValueError("determinant needs a square matrix")
        a = [[float(v) for v in row] for row in self.rows]
        det = 1.0
        for col in range(self.n):
            pivot = max(range(col, self.n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                return 0.0
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, self.n):
                factor = a[r][col] / a[col][col]
                for c in range(col, self.n):
                    a[r][c] -= factor * a[col][c]
        return round(det, 9)


def format_num(v):
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".")
    return str(v)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A)
print(repr(A + B), repr(A - B), repr(2 * A), repr(A * 0.5))
print(A @ B)
print(B @ A)
print("A^5 =", (A ** 5).rows, "identity:", Matrix.identity(3).rows)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) via matrix power:", fib[0, 1])
C = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print("det C =", C.determinant(), "det A =", A.determinant(), "det singular =", Matrix([[1, 2], [2, 4]]).determinant())
print(C.transpose() == C, A.transpose() == A, A == Matrix([[1, 2], [3, 4]]))
R = Matrix([[1, 2, 3], [4, 5, 6]])
print(R.transpose())
print(R @ R.transpose())
print(-Matrix([[1.5, -2.25]]))
for bad in (lambda: A @ R.transpose(), lambda: A + R, lambda: Matrix([[1], [2, 3]]), lambda: R.determinant(), lambda: A * A):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
