# A property with getter, setter and deleter that logs every access

class Account:
    def __init__(self, owner):
        self._owner = owner
        self._log = []

    @property
    def owner(self):
        self._log.append("read")
        return self._owner

    @owner.setter
    def owner(self, new):
        self._log.append(f"set {new}")
        self._owner = new

    @owner.deleter
    def owner(self):
        self._log.append("deleted")
        self._owner = None

acct = Account("ann")
print(acct.owner)
acct.owner = "bob"
print(acct.owner)
del acct.owner
print(acct.owner, acct._log)
print(isinstance(Account.__dict__["owner"], property), type(Account.owner).__name__)
other = Account("cid")
other.owner = other.owner.upper()
print(other.owner, other._log)
try:
    Account.owner.fset(other, "dee")
    print(other.owner, len(other._log))
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(acct)), acct._log.count("read"))
