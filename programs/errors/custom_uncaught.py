# Ends with an uncaught custom exception carrying a message


class InventoryError(Exception):
    """Raised when stock runs out."""


class OutOfStock(InventoryError):
    def __init__(self, item, wanted, available):
        super().__init__(f"cannot take {wanted} x {item!r}: only {available} left")
        self.item = item


class Warehouse:
    def __init__(self, stock):
        self.stock = dict(stock)

    def take(self, item, count):
        available = self.stock.get(item, 0)
        if count > available:
            raise OutOfStock(item, count, available)
        self.stock[item] = available - count
        print(f"took {count} {item}, {self.stock[item]} left")


w = Warehouse({"widget": 5, "gear": 2})
orders = [("widget", 3), ("gear", 1), ("widget", 4)]
for item, count in orders:
    w.take(item, count)
print("all orders done")
