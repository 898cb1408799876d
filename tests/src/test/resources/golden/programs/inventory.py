# An inventory system with record-like classes, orders and a stock report.
class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        values = dict(zip(self.fields, args))
        values.update(kwargs)
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"{type(self).__name__} missing fields: {', '.join(missing)}")
        for f in self.fields:
            setattr(self, f, values[f])

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)


class Product(Record):
    fields = ("sku", "name", "price", "qty", "reorder_level")

    @property
    def value(self):
        return self.price * self.qty


class OrderLine(Record):
    fields = ("sku", "qty")


class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.sku = sku


class Inventory:
    def __init__(self):
        self.products = {}
        self.events = []

    def add(self, product):
        if product.sku in self.products:
            raise ValueError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product

    def fulfil(self, order_id, lines):
        for line in lines:
            product = self.products.get(line.sku)
            if product is None:
                raise KeyError(line.sku)
            if product.qty < line.qty:
                raise OutOfStock(line.sku, line.qty, product.qty)
        total = 0
        for line in lines:
            product = self.products[line.sku]
            product.qty -= line.qty
            total += product.price * line.qty
        self.events.append((order_id, round(total, 2)))
        return round(total, 2)

    def restock(self):
        restocked = []
        for p in self.products.values():
            if p.qty <= p.reorder_level:
                amount = p.reorder_level * 3 - p.qty
                p.qty += amount
                restocked.append((p.sku, amount))
        return restocked

    def report(self):
        rows = sorted(self.products.values(), key=lambda p: (-p.value, p.sku))
        print(f"{'SKU':<6}{'Name':<14}{'Price':>8}{'Qty':>5}{'Value':>10}")
        for p in rows:
            flag = " !" if p.qty <= p.reorder_level else ""
            print(f"{p.sku:<6}{p.name:<14}{p.price:>8.2f}{p.qty:>5}{p.value:>10.2f}{flag}")
        print(f"{'total':<33}{sum(p.value for p in rows):>10.2f}")


inv = Inventory()
for args in [("A1", "bolt", 0.25, 400, 100), ("B2", "hammer", 12.99, 12, 5),
             ("C3", "saw", 24.5, 4, 3), ("D4", "tape", 3.75, 30, 10)]:
    inv.add(Product(*args))
try:
    inv.add(Product("A1", "dup", 1, 1, 1))
except ValueError as e:
    print("ValueError:", e)
try:
    Product("E5", "glue", price=2.0)
except TypeError as e:
    print("TypeError:", e)
orders = {
    "o-1": [OrderLine("A1", 150), OrderLine("B2", 2)],
    "o-2": [OrderLine("C3", 5)],
    "o-3": [OrderLine("Z9", 1)],
    "o-4": [OrderLine(sku="D4", qty=25), OrderLine("C3", 2), OrderLine("A1", 200)],
    "o-5": [OrderLine("B2", 7)],
}
for oid, lines in orders.items():
    try:
        print(f"{oid}: charged {inv.fulfil(oid, lines):.2f}")
    except OutOfStock as e:
        print(f"{oid}: out of stock ({e})")
    except KeyError as e:
        print(f"{oid}: unknown product {e}")
print()
inv.report()
print()
print("restocked:", inv.restock())
inv.report()
print("events:", inv.events)
print(OrderLine("A1", 1) == OrderLine("A1", 1), OrderLine("A1", 1) == OrderLine("A1", 2), inv.products["C3"])
