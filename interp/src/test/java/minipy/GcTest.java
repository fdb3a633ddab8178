package minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cycle collector, the gc module and weak references, seen from programs (the expected
 * strings are what CPython 3.11 prints for the same code). The bigger scenarios live in
 * programs/memory/.
 */
class GcTest {

    private static String run(String gil, String source) throws Exception {
        return InProcess.source(gil, source);
    }

    private static final String PRELUDE = "import gc\ngc.disable()\ngc.collect()\n";

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void selfReferencingListIsFreedOnlyByCollect(String gil) throws Exception {
        assertEquals("True 1 0\n", run(gil, PRELUDE
                + "import weakref\nclass L(list): pass\nl = L()\nl.append(l)\nr = weakref.ref(l)\ndel l\n"
                + "alive = r() is not None\nprint(alive, gc.collect(), gc.collect())\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void countsMatchCPythonForSimpleCycles(String gil) throws Exception {
        assertEquals("1 2 1 2 10\n", run(gil, PRELUDE
                + "class A: pass\n"
                + "l = []\nl.append(l)\ndel l\nn1 = gc.collect()\n"
                + "a = A(); b = A(); a.o = b; b.o = a\ndel a, b\nn2 = gc.collect()\n"
                + "d = {}\nd['d'] = d\ndel d\nn3 = gc.collect()\n"
                + "def f(): pass\nf.me = f\ndel f\nn4 = gc.collect()\n"
                + "r = [[] for i in range(10)]\nfor i in range(10): r[i].append(r[(i + 1) % 10])\ndel r\nn5 = gc.collect()\n"
                + "print(n1, n2, n3, n4, n5)\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void delInACycleRunsOnceEvenAfterResurrection(String gil) throws Exception {
        assertEquals("del a\ndel b\n2\ndel p\n0\n1\nend\n", run(gil, PRELUDE
                + "class D:\n    def __init__(self, n): self.n = n\n    def __del__(self): print('del', self.n)\n"
                + "a = D('a'); b = D('b'); a.o = b; b.o = a\ndel a, b\nprint(gc.collect())\n"
                + "keep = []\nclass P:\n    def __init__(self): self.me = self\n"
                + "    def __del__(self): print('del p'); keep.append(self)\n"
                + "P()\nprint(gc.collect())\nkeep.clear()\nprint(gc.collect())\nprint('end')\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void disableEnableAndCounts(String gil) throws Exception {
        assertEquals("False True True 0 (700, 10, 10) True\n", run(gil, PRELUDE
                + "e1 = gc.isenabled()\nc0 = gc.get_count()[0]\nx = [[] for i in range(100)]\n"
                + "grew = gc.get_count()[0] >= c0 + 100\n"
                + "class C:\n    def __init__(self): self.me = self\n"
                + "for i in range(1000): C()\nn = gc.collect()\nleft = gc.collect()\n"
                + "gc.enable()\nprint(e1, gc.isenabled(), grew, left, gc.get_threshold(), n == 1000)\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void automaticCollectionFreesCycles(String gil) throws Exception {
        assertEquals("True\n", run(gil, "import gc\nfreed = []\n"
                + "class C:\n    def __init__(self, i): self.i = i; self.me = self\n"
                + "    def __del__(self): freed.append(self.i)\n"
                + "for i in range(10000): C(i)\nprint(len(freed) > 5000)\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void weakrefCallbacksOnDelAndOnCollection(String gil) throws Exception {
        assertEquals("cb1 True\nNone\ncb2 True\n1\n", run(gil, PRELUDE
                + "import weakref\nclass A: pass\n"
                + "a = A()\nr1 = weakref.ref(a, lambda r: print('cb1', r() is None))\ndel a\nprint(r1())\n"
                + "b = A(); b.me = b\nr2 = weakref.ref(b, lambda r: print('cb2', r() is None))\ndel b\n"
                + "print(gc.collect())\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void weakrefOfAListIsATypeError(String gil) throws Exception {
        assertEquals("cannot create weak reference to 'list' object\n", run(gil,
                "import weakref\ntry:\n    weakref.ref([])\nexcept TypeError as e:\n    print(e)\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void weakValueDictionaryEntriesVanish(String gil) throws Exception {
        assertEquals("2 ['x'] 0\n", run(gil, PRELUDE
                + "import weakref\nclass V: pass\nd = weakref.WeakValueDictionary()\nx, y = V(), V()\n"
                + "d['x'] = x\nd['y'] = y\nn = len(d)\ndel y\nks = list(d.keys())\nx.me = x\ndel x\ngc.collect()\n"
                + "print(n, ks, len(d))\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void finalizeRunsOnceWhenTheObjectGoes(String gil) throws Exception {
        assertEquals("True\nbye 1\nFalse None\n", run(gil,
                "import weakref\nclass O: pass\no = O()\nf = weakref.finalize(o, print, 'bye', 1)\nprint(f.alive)\n"
                + "del o\nprint(f.alive, f())\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void newObjectsBuiltByNativesSurviveACollection(String gil) throws Exception {
        assertEquals("[[0], [1], [2]] [3, 2, 1]\n", run(gil, "import gc\n"
                + "def f(x):\n    gc.collect()\n    return [x]\n"
                + "print(list(map(f, range(3))), sorted([1, 3, 2], key=lambda v: (gc.collect(), -v)[1]))\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void referentsAreWhatContainersHold(String gil) throws Exception {
        assertEquals("2 3 4 2 True True\n", run(gil, "import gc\nclass A: pass\na = A()\nt = ([], {})\nl = [t, a, 1]\n"
                + "d = {'k': l, 1: 'v'}\ns = {(1, 2), 'x'}\n"
                + "print(len(gc.get_referents(t)), len(gc.get_referents(l)), len(gc.get_referents(d)),"
                + " len(gc.get_referents(s)), l in gc.get_referrers(t), d in gc.get_referrers(l))\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void collectionsWhileOtherThreadsRun(String gil) throws Exception {
        assertEquals("12000 True\n", run(gil, "import gc, threading\nfreed = []\n"
                + "class C:\n    def __init__(self, i): self.i = i; self.me = self; self.l = [i, {'i': i}]\n"
                + "    def __del__(self): freed.append(self.i)\n"
                + "live = []\n"
                + "def work(base):\n    mine = []\n    for i in range(3000):\n        C(base + i)\n"
                + "        mine.append([i])\n        if i % 700 == 0: gc.collect()\n    live.append(sum(x[0] for x in mine))\n"
                + "ts = [threading.Thread(target=work, args=(k * 3000,)) for k in range(4)]\n"
                + "for t in ts: t.start()\nfor k in range(10): gc.collect()\nfor t in ts: t.join()\ngc.collect()\n"
                + "print(len(set(freed)), live == [sum(range(3000))] * 4)\n"));
    }
}
