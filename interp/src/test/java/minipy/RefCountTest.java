package minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reference counting seen from a program: __del__ runs at the moment the last reference goes,
 * in CPython's order, and sys.getrefcount matches CPython's values for simple cases (the
 * expected strings are what CPython 3.11 prints for the same code).
 */
class RefCountTest {

    private static String run(String gil, String source) throws Exception {
        return InProcess.source(gil, source);
    }

    private static final String TRACKED = "class T:\n    def __init__(self, n): self.n = n\n"
            + "    def __del__(self): print('del', self.n)\n";

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void delRunsWhenTheLastReferenceGoes(String gil) throws Exception {
        assertEquals("before\ndel a\nafter\ndel b\nrebound\n", run(gil, TRACKED
                + "a = T('a')\nprint('before')\ndel a\nprint('after')\nb = T('b')\nb = None\nprint('rebound')\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void containerFreesItemsInCPythonsOrder(String gil) throws Exception {
        assertEquals("del 3\ndel 2\ndel 1\ncleared\ndel x\ndel y\ndone\n", run(gil, TRACKED
                + "l = [T(1), T(2), T(3)]\nl.clear()\nprint('cleared')\n"
                + "d = {'x': T('x'), 'y': T('y')}\ndel d\nprint('done')\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void localsAreFreedOnReturnAndTemporariesAtOnce(String gil) throws Exception {
        assertEquals("del tmp\nin f\ndel p\ndel q\nreturned\n", run(gil, TRACKED
                + "def f():\n    p = T('p')\n    q = T('q')\n    T('tmp')\n    print('in f')\nf()\nprint('returned')\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void getrefcountMatchesCPython(String gil) throws Exception {
        assertEquals("2 3 4 3 2\n", run(gil, "import sys\nx = []\na = sys.getrefcount(x)\ny = x\nb = sys.getrefcount(x)\n"
                + "h = [x]\nc = sys.getrefcount(x)\ndel y\nd = sys.getrefcount(x)\nh.clear()\ne = sys.getrefcount(x)\n"
                + "print(a, b, c, d, e)\n"));
    }
}
