import asyncio
async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
async def echo():
    v = yield 'start'
    while True:
        v = yield v * 2
async def main():
    async for x in agen(3): print(x)
    print([x async for x in agen(4)])
    print({x: x*x async for x in agen(3) if x})
    print([(x, y) async for x in agen(2) for y in range(2)])
    g = agen(2)
    print(await g.__anext__(), await anext(g))
    try: await g.__anext__()
    except StopAsyncIteration: print('stop')
    e = echo()
    print(await e.asend(None), await e.asend(5), await e.asend(7))
    await e.aclose()
    print(type(agen(1)).__name__, repr(agen(1))[:30], agen(1).__name__)
asyncio.run(main())
async def m2():
    g = agen(1)
    print(await anext(g), await anext(g, 'dflt'))
    async def fin():
        try:
            yield 1
            yield 2
        finally:
            print('cleanup')
    f = fin()
    print(await f.__anext__())
    await f.aclose()
    async def bad():
        yield 1
        raise KeyError('k')
    try:
        async for v in bad(): print(v)
    except KeyError as e: print('ke', e)
    print([i async for i in aiter(agen(2))])
asyncio.run(m2())
