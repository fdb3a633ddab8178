z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), type(z).__name__, type(z))
print(1j, -1j, 2j * 2j, (1+2j) * (3-1j), (1+2j) / (1-1j), 1j ** 2, (1+1j) ** 3, complex(1, 2), complex('1+2j'), complex())
print(z == 3+4j, z != 1, 1 + 0j == 1, hash(1+0j) == hash(1), isinstance(z, complex), repr(complex(1.5, -0.5)), complex(2))
import cmath
print(cmath.sqrt(-1), cmath.phase(1j), cmath.polar(1j), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-12)
print(sum([1j, 2j, 3]), [1j, 2] , str(0.5+1j), f"{1+2j}", complex(0, 0) == 0, bool(0j))
try: complex('abc')
except ValueError as e: print(e)
try: 1j < 2j
except TypeError as e: print(e)
