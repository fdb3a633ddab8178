import asyncio
async def f(): return 1
c = f()
print(repr(c)[:22])
print(asyncio.run(c))
