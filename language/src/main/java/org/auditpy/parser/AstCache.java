package org.auditpy.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.auditpy.parser.ast.Ast;

/**
 * The syntax trees of auditpy's library modules, parsed when the distribution is built: a folder of
 * {@link AstCodec} files, one per module file, named by the file's length and two checksums of its bytes
 * ({@link #key}). The first import of a library module in a process otherwise runs ANTLR's lexer and parser while the
 * JVM still interprets them: {@code import os} parsed about 2,600 lines that way, the largest part of its time.
 *
 * <p>A lookup is by content, never by path or time stamp: a source edited after the build has another key and is
 * parsed as before, so the cache can only be missing, never stale. Only {@code exec}-mode parses of whole modules
 * that succeeded are stored; the tree is the one {@link PythonParserFacade#parse} gives for that text, and compiling
 * it (scopes, warnings, the audit events of the import) is unchanged. Nothing here raises an audit event: reading the
 * cache is the interpreter reading its own files, as CPython reads its frozen modules.
 *
 * <p>The launcher's build makes the folder ({@link #main}: {@code launcher/build-runtime}) and the launcher passes it
 * as the option {@code auditpy.AstCache}; an embedder that does not set the option parses every module.
 */
public final class AstCache {
    private AstCache() {
    }

    /**
     * The cache file name of a module whose file holds {@code data}: the byte count, CRC-32 and Adler-32 of the bytes
     * (both computed by the JDK's native code, which costs nothing next to the import even before the JVM has compiled
     * anything), in hex, with the suffix {@code .ast}.
     */
    public static String key(byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data);
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(data);
        return Integer.toHexString(data.length) + "-" + Long.toHexString(crc.getValue()) + "-" + Long.toHexString(adler.getValue()) + ".ast";
    }

    /**
     * The stored tree of the module file whose bytes are {@code data} in {@code folder}, or {@code null} when there is
     * none (or the file is unreadable, damaged or of another format version: the caller then parses).
     *
     * @param folder the cache folder (the option {@code auditpy.AstCache}); {@code null} or empty: no cache
     * @param data   the module file's bytes (the tree is that of their text as {@code SourceDecoding} decodes it)
     */
    public static Ast.Module lookup(String folder, byte[] data) {
        if (folder == null || folder.isEmpty()) {
            return null;
        }
        byte[] blob;
        try {
            blob = Files.readAllBytes(Path.of(folder, key(data)));
        } catch (IOException | RuntimeException e) {
            // no tree for these bytes (NoSuchFileException), or one that cannot be read: parse
            return null;
        }
        try {
            return AstCodec.decode(blob) instanceof Ast.Module m ? m : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Makes the cache: {@code AstCache STDLIB_DIR OUT_DIR} parses every {@code .py} file under {@code STDLIB_DIR}
     * as an import does (decoded by {@link org.auditpy.runtime.SourceDecoding#decodeString}, then
     * {@link PythonParserFacade#parse} in {@code exec} mode) and writes each tree into {@code OUT_DIR}, which it
     * empties first. A file that does not parse is left out (its import reports the error as before). Prints the
     * number of files written.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AstCache STDLIB_DIR OUT_DIR");
            System.exit(2);
        }
        Path stdlib = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".ast")).toList()) {
                Files.delete(p);
            }
        }
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(stdlib)) {
            walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().forEach(sources::add);
        }
        int written = 0;
        for (Path p : sources) {
            byte[] data = Files.readAllBytes(p);
            String source = org.auditpy.runtime.SourceDecoding.decodeString(data, p.toString());
            Ast.Mod mod;
            try {
                mod = PythonParserFacade.parse(source, p.toString(), PythonParserFacade.Mode.EXEC);
            } catch (RuntimeException e) {
                // a syntax error (or one the decoding raised): its import reports it as before
                continue;
            }
            try {
                Files.write(out.resolve(key(data)), AstCodec.encode(mod));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            written++;
        }
        System.out.println(written + " syntax trees in " + out);
    }
}
