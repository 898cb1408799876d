package org.auditpy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.auditpy.parser.PythonParserFacade.Mode;
import org.auditpy.parser.ast.Ast;
import org.auditpy.tests.Support;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@link AstCodec} and {@link AstCache}: a tree read back from its binary form dumps exactly as the parsed
 * one ({@link AstDump} with positions), for every node shape of {@link ParserTest#SHAPES}, every kind of constant,
 * and every library module and golden program; damaged or foreign data is refused; the cache is looked up by
 * content only.
 */
class AstCacheTest {

    private static void assertRoundTrip(String source, String name) {
        Ast.Mod parsed = PythonParserFacade.parse(source, name, Mode.EXEC);
        Ast.Mod read = AstCodec.decode(AstCodec.encode(parsed));
        assertNotNull(read, name);
        assertEquals(AstDump.dump(parsed, true), AstDump.dump(read, true), name);
    }

    @Test
    void everyNodeShapeRoundTrips() {
        for (String[] shape : ParserTest.SHAPES) {
            assertRoundTrip(shape[0], shape[0]);
        }
    }

    @Test
    void everyKindOfConstantRoundTrips() {
        String source = """
                        a = (None, True, False, ..., 0, -1, 7, 2**70, 123456789012345678901234567890, 1.5, -0.0, 1e308, 3j, 2.5j)
                        b = (b'', b'\\x00\\xff bytes', 'str', '', 'é 中 \\U0001F600', '''triple
                        line''', r'raw\\n')
                        c = f'{a!r:>{b}} {c!s} {d!a} {e=} {f:.2f} plain'
                        d = {**x, 'k': 1, **y}
                        from ...pkg.mod import (name as alias, other)
                        x: int
                        y: list[int] = []
                        def g(a, /, b=1, *c, d, e=2, **f) -> None:
                            global G
                            def h():
                                nonlocal a
                            yield
                            yield from c
                            return [i for i in c] if 0 else {k: v for k, v in d if k if v}
                        try:
                            pass
                        except* (A, B) as e:
                            raise X from e
                        with a as (b, c), d:
                            del x[1:2:3], y.z
                        while (n := n - 1) > 0 and not n is not m:
                            n @= ~n << 2 | 1 ^ 3 & 4 >> 5 // 6 % 7
                        else:
                            assert n, 'msg'
                        lambda *a, k=1, **kw: (a, k, kw)
                        """;
        assertRoundTrip(source, "constants");
    }

    @Test
    void everyLibraryModuleAndGoldenProgramRoundTrips() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[]{"stdlib-shims/src/main/python", "tests/src/test/resources/golden"}) {
            try (Stream<Path> walk = Files.walk(Support.root().resolve(dir))) {
                walk.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
            }
        }
        int roundTripped = 0;
        for (Path p : files) {
            String source = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            try {
                PythonParserFacade.parse(source, p.toString(), Mode.EXEC);
            } catch (PythonSyntaxError e) {
                continue; // golden programs of syntax errors: the cache holds only trees
            }
            assertRoundTrip(source, p.toString());
            roundTripped++;
        }
        assertTrue(roundTripped > 400, "round-tripped only " + roundTripped);
    }

    @Test
    void foreignOrDamagedDataIsRefused() {
        byte[] good = AstCodec.encode(PythonParserFacade.parse("x = [1, 'a']\n", "t", Mode.EXEC));
        assertNotNull(AstCodec.decode(good));
        byte[] otherMagic = good.clone();
        otherMagic[0] = 'X';
        assertNull(AstCodec.decode(otherMagic));
        byte[] otherVersion = good.clone();
        otherVersion[4] = (byte) (AstCodec.VERSION + 1);
        assertNull(AstCodec.decode(otherVersion));
        assertNull(AstCodec.decode(new byte[0]));
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 3);
        assertThrows(IllegalArgumentException.class, () -> AstCodec.decode(truncated));
        byte[] badTag = good.clone();
        badTag[5] = (byte) 0xF0;
        assertThrows(IllegalArgumentException.class, () -> AstCodec.decode(badTag));
    }

    @Test
    void theCacheIsLookedUpByContent(@TempDir Path tmp) throws IOException {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Path out = tmp.resolve("cache");
        String source = "def f(x):\n    return x * 2\n";
        Files.writeString(lib.resolve("m.py"), source);
        Files.writeString(lib.resolve("broken.py"), "def f(:\n");
        AstCache.main(new String[]{lib.toString(), out.toString()});
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(1, s.count(), "one tree: the module that does not parse is left out");
        }
        byte[] data = source.getBytes(StandardCharsets.UTF_8);
        Ast.Module hit = AstCache.lookup(out.toString(), data);
        assertNotNull(hit);
        assertEquals(AstDump.dump(PythonParserFacade.parse(source, "m.py", Mode.EXEC), true), AstDump.dump(hit, true));
        assertNull(AstCache.lookup(out.toString(), source.replace("2", "3").getBytes(StandardCharsets.UTF_8)), "an edited source misses");
        assertNull(AstCache.lookup("", data), "no folder, no cache");
        assertNull(AstCache.lookup(tmp.resolve("absent").toString(), data));
        // a damaged file is a miss, not an error
        Files.write(out.resolve(AstCache.key(data)), new byte[]{'A', 'P', 'Y', 'A', 1, (byte) 0xF0});
        assertNull(AstCache.lookup(out.toString(), data));
    }
}
