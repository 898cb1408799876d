# An uncaught user-defined exception with a custom __str__ from a method.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(needed)
        self.needed = needed

    def __str__(self):
        return f"need {self.needed} more"

class Wallet:
    def __init__(self, amount):
        self.amount = amount

    def pay(self, price):
        if price > self.amount:
            raise InsufficientFunds(price - self.amount)
        self.amount -= price

w = Wallet(10)
w.pay(4)
print("left:", w.amount)
w.pay(20)
