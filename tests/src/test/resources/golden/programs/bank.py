# A bank simulation with accounts, transfers, interest and error handling.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.number = Account.next_number
        Account.next_number += 1
        self._balance = balance
        self.frozen = False
        self.history = [("open", balance)]

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self._balance:.2f})"


class Savings(Account):
    rate = 0.02

    def month_end(self):
        interest = round(self._balance * self.rate, 2)
        self._balance += interest
        self.history.append(("interest", interest))


class Checking(Account):
    fee = 1.5
    overdraft = 50

    def withdraw(self, amount):
        self._check()
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        self._balance -= self.fee
        self.history.append(("fee", self.fee))


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, balance=0.0):
        acct = cls(owner, balance)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise BankError(f"no account {src}") from None
        try:
            self.accounts[dst].deposit(amount)
        except (KeyError, BankError) as e:
            self.accounts[src].deposit(amount)  # roll back
            raise BankError(f"transfer to {dst} failed") from e
        self.log.append((src, dst, amount))


bank = Bank()
alice = bank.open(Savings, "alice", 500.0)
bob = bank.open(Checking, "bob", 100.0)
carol = bank.open(Account, "carol")
operations = [
    lambda: bank.transfer(alice.number, bob.number, 120.0),
    lambda: bob.withdraw(260.0),
    lambda: bob.withdraw(20.0),
    lambda: carol.deposit(-5),
    lambda: bank.transfer(9999, alice.number, 1),
    lambda: setattr(carol, "frozen", True),
    lambda: bank.transfer(alice.number, carol.number, 30.0),
    lambda: carol.withdraw(1),
    lambda: alice.withdraw(1000),
]
for i, op in enumerate(operations, 1):
    try:
        op()
        print(f"op {i}: ok")
    except InsufficientFunds as e:
        print(f"op {i}: insufficient funds: {e} (short {e.shortfall:.2f})")
    except BankError as e:
        cause = f" <- {type(e.__cause__).__name__}: {e.__cause__}" if e.__cause__ else ""
        print(f"op {i}: bank error: {e}{cause}")
    except ValueError as e:
        print(f"op {i}: value error: {e}")
for acct in bank.accounts.values():
    acct.month_end()
print()
print(f"{'number':<8}{'owner':<8}{'type':<10}{'balance':>10}")
for number, acct in sorted(bank.accounts.items()):
    print(f"{number:<8}{acct.owner:<8}{type(acct).__name__:<10}{acct.balance:>10.2f}")
print("total:", f"{sum(a.balance for a in bank.accounts.values()):.2f}")
print("transfers:", bank.log)
for acct in (alice, bob):
    print(acct, [kind for kind, _ in acct.history])
