package org.auditpy.parser;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.auditpy.parser.ast.Ast;

/**
 * A compact binary form of an {@link Ast} tree: what {@link AstCache} stores for the library modules, so that their
 * first import reads a tree instead of running the ANTLR lexer and parser (CPython's {@code .pyc} files spare it
 * the same work; here only the tree is kept, not code).
 *
 * <p>The form is self-describing: every value is one tag byte followed by its payload. Integers are unsigned LEB128
 * varints (zigzag-coded where they can be negative), strings are written once and then referred to by their index,
 * positions are four varints, and a record is its tag ({@link #RECORD_BASE} + its index in {@link #RECORDS}) followed by
 * its components in declaration order. {@link #encode} walks records by reflection (it runs when the cache is made);
 * {@link #decode} is written out per record, since it runs at import time in a JVM that has not compiled it yet.
 *
 * <p>{@link #VERSION} must change with any change of the {@link Ast} records; a blob of another version is refused
 * ({@link #decode} returns {@code null}) and the source is parsed instead.
 */
public final class AstCodec {
    /** The format version, first after the magic bytes; a change of {@code Ast} must bump it. */
    public static final int VERSION = 2;
    private static final byte[] MAGIC = {'A', 'P', 'Y', 'A'};

    private static final int NULL = 0;
    private static final int STR_NEW = 1;
    private static final int STR_REF = 2;
    private static final int TRUE = 3;
    private static final int FALSE = 4;
    private static final int LONG = 5;
    private static final int BIG = 6;
    private static final int DOUBLE = 7;
    private static final int IMAG = 8;
    private static final int BYTES = 9;
    private static final int NONE = 10;
    private static final int ELLIPSIS = 11;
    private static final int LIST = 12;
    private static final int POS = 13;
    private static final int INT = 14;
    private static final int OPERATOR = 15;
    private static final int BOOLOP = 16;
    private static final int UNARYOP = 17;
    private static final int CMPOP = 18;
    private static final int CTX = 19;
    private static final int RECORD_BASE = 32;

    private static final Ast.Operator[] OPERATORS = Ast.Operator.values();
    private static final Ast.BoolOpKind[] BOOLOPS = Ast.BoolOpKind.values();
    private static final Ast.UnaryOpKind[] UNARYOPS = Ast.UnaryOpKind.values();
    private static final Ast.CmpOp[] CMPOPS = Ast.CmpOp.values();
    private static final Ast.Ctx[] CTXS = Ast.Ctx.values();

    /** The records by tag ({@link #RECORD_BASE} + index); {@link #decode}'s switch follows this order. */
    private static final Class<?>[] RECORDS = {
        Ast.Module.class, Ast.Expression.class, Ast.Interactive.class, // 0-2
        Ast.FunctionDef.class, Ast.ClassDef.class, Ast.Return.class, Ast.Delete.class, Ast.Assign.class, // 3-7
        Ast.AugAssign.class, Ast.AnnAssign.class, Ast.For.class, Ast.While.class, Ast.If.class, // 8-12
        Ast.With.class, Ast.Raise.class, Ast.Try.class, Ast.TryStar.class, Ast.Assert.class, // 13-17
        Ast.Import.class, Ast.ImportFrom.class, Ast.Global.class, Ast.Nonlocal.class, Ast.ExprStmt.class, // 18-22
        Ast.Pass.class, Ast.Break.class, Ast.Continue.class, // 23-25
        Ast.BoolOp.class, Ast.NamedExpr.class, Ast.BinOp.class, Ast.UnaryOp.class, Ast.Lambda.class, // 26-30
        Ast.IfExp.class, Ast.Dict.class, Ast.Set.class, Ast.ListComp.class, Ast.SetComp.class, // 31-35
        Ast.DictComp.class, Ast.GeneratorExp.class, Ast.Yield.class, Ast.YieldFrom.class, Ast.Compare.class, // 36-40
        Ast.Call.class, Ast.FormattedValue.class, Ast.JoinedStr.class, Ast.Constant.class, Ast.Attribute.class, // 41-45
        Ast.Subscript.class, Ast.Starred.class, Ast.Name.class, Ast.List.class, Ast.Tuple.class, // 46-50
        Ast.Slice.class, Ast.Arguments.class, Ast.Arg.class, Ast.Keyword.class, Ast.Alias.class, // 51-55
        Ast.WithItem.class, Ast.Comprehension.class, Ast.ExceptHandler.class, // 56-58
        Ast.Match.class, Ast.MatchCase.class, Ast.MatchValue.class, Ast.MatchSingleton.class, // 59-62
        Ast.MatchSequence.class, Ast.MatchMapping.class, Ast.MatchClass.class, Ast.MatchStar.class, // 63-66
        Ast.MatchAs.class, Ast.MatchOr.class, // 67-68
    };

    private AstCodec() {
    }

    // ------------------------------------------------------------------------------------------------
    // Encoding (when the cache is made)
    // ------------------------------------------------------------------------------------------------

    /**
     * The binary form of {@code mod}.
     *
     * @throws IllegalArgumentException for a value the form has no tag for (a change of {@link Ast} that this
     *                                  class does not know yet)
     */
    public static byte[] encode(Ast.Mod mod) {
        Encoder e = new Encoder();
        e.out.writeBytes(MAGIC);
        e.varint(VERSION);
        e.value(mod);
        return e.out.toByteArray();
    }

    private static final class Encoder {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        final Map<String, Integer> strings = new HashMap<>();
        final Map<Class<?>, Integer> recordTags = new HashMap<>();

        Encoder() {
            for (int i = 0; i < RECORDS.length; i++) {
                recordTags.put(RECORDS[i], i);
            }
        }

        void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void fixed64(long v) {
            for (int i = 0; i < 8; i++) {
                out.write((int) (v >>> (8 * i)));
            }
        }

        void value(Object v) {
            switch (v) {
                case null -> out.write(NULL);
                case String s -> string(s);
                case Boolean b -> out.write(b ? TRUE : FALSE);
                case Long l -> {
                    out.write(LONG);
                    zigzag(l);
                }
                case Integer i -> {
                    out.write(INT);
                    zigzag(i);
                }
                case BigInteger b -> {
                    out.write(BIG);
                    byte[] bytes = b.toByteArray();
                    varint(bytes.length);
                    out.writeBytes(bytes);
                }
                case Double d -> {
                    out.write(DOUBLE);
                    fixed64(Double.doubleToRawLongBits(d));
                }
                case Ast.Imaginary im -> {
                    out.write(IMAG);
                    fixed64(Double.doubleToRawLongBits(im.imag()));
                }
                case byte[] bytes -> {
                    out.write(BYTES);
                    varint(bytes.length);
                    out.writeBytes(bytes);
                }
                case Ast.Singleton s -> out.write(s == Ast.Singleton.NONE ? NONE : ELLIPSIS);
                case java.util.List<?> list -> {
                    out.write(LIST);
                    varint(list.size());
                    for (Object item : list) {
                        value(item);
                    }
                }
                case Ast.Pos p -> {
                    out.write(POS);
                    varint(p.line());
                    varint(p.col());
                    zigzag(p.endLine() - (long) p.line());
                    varint(p.endCol());
                }
                case Ast.Operator o -> enumValue(OPERATOR, o.ordinal());
                case Ast.BoolOpKind o -> enumValue(BOOLOP, o.ordinal());
                case Ast.UnaryOpKind o -> enumValue(UNARYOP, o.ordinal());
                case Ast.CmpOp o -> enumValue(CMPOP, o.ordinal());
                case Ast.Ctx o -> enumValue(CTX, o.ordinal());
                case Record r -> record(r);
                default -> throw new IllegalArgumentException("no binary form for " + v.getClass().getName());
            }
        }

        void enumValue(int tag, int ordinal) {
            out.write(tag);
            out.write(ordinal);
        }

        void string(String s) {
            Integer index = strings.get(s);
            if (index != null) {
                out.write(STR_REF);
                varint(index);
                return;
            }
            strings.put(s, strings.size());
            out.write(STR_NEW);
            varint(s.length());
            for (int i = 0; i < s.length(); i++) {
                varint(s.charAt(i));
            }
        }

        void record(Record r) {
            Integer tag = recordTags.get(r.getClass());
            if (tag == null) {
                throw new IllegalArgumentException("no binary form for " + r.getClass().getName());
            }
            out.write(RECORD_BASE + tag);
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    value(c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Decoding (at import)
    // ------------------------------------------------------------------------------------------------

    /**
     * The tree {@link #encode} wrote into {@code data}, or {@code null} if {@code data} is not of this format or
     * version.
     *
     * @throws IllegalArgumentException if {@code data} is damaged (a bad tag or a truncated value)
     */
    public static Ast.Mod decode(byte[] data) {
        if (data.length < MAGIC.length + 1) {
            return null;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (data[i] != MAGIC[i]) {
                return null;
            }
        }
        Decoder d = new Decoder(data, MAGIC.length);
        if (d.varint() != VERSION) {
            return null;
        }
        try {
            return (Ast.Mod) d.value();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // a truncated blob (index out of bounds), a value of the wrong kind (class cast), a garbage length
            throw new IllegalArgumentException("damaged syntax tree data", e);
        }
    }

    private static final class Decoder {
        private final byte[] in;
        private int at;
        private String[] strings = new String[256];
        private int stringCount;

        Decoder(byte[] in, int at) {
            this.in = in;
            this.at = at;
        }

        long varint() {
            long v = 0;
            int shift = 0;
            while (true) {
                int b = in[at++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        int uint() {
            return (int) varint();
        }

        long zigzag() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        long fixed64() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v |= (in[at++] & 0xFFL) << (8 * i);
            }
            return v;
        }

        byte[] bytes() {
            int n = uint();
            byte[] b = java.util.Arrays.copyOfRange(in, at, at + n);
            at += n;
            return b;
        }

        String newString() {
            int n = uint();
            char[] chars = new char[n];
            for (int i = 0; i < n; i++) {
                chars[i] = (char) varint();
            }
            String s = new String(chars);
            if (stringCount == strings.length) {
                strings = java.util.Arrays.copyOf(strings, stringCount * 2);
            }
            strings[stringCount++] = s;
            return s;
        }

        Ast.Expr expr() {
            return (Ast.Expr) value();
        }

        Ast.Pos pos() {
            return (Ast.Pos) value();
        }

        String str() {
            return (String) value();
        }

        @SuppressWarnings("unchecked")
        <T> java.util.List<T> list() {
            return (java.util.List<T>) value();
        }

        Ast.Arguments arguments() {
            return (Ast.Arguments) value();
        }

        Ast.Arg arg() {
            return (Ast.Arg) value();
        }

        Object value() {
            int tag = in[at++] & 0xFF;
            switch (tag) {
                case NULL:
                    return null;
                case STR_NEW:
                    return newString();
                case STR_REF:
                    return strings[uint()];
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case LONG:
                    return zigzag();
                case INT:
                    return (int) zigzag();
                case BIG:
                    return new BigInteger(bytes());
                case DOUBLE:
                    return Double.longBitsToDouble(fixed64());
                case IMAG:
                    return new Ast.Imaginary(Double.longBitsToDouble(fixed64()));
                case BYTES:
                    return bytes();
                case NONE:
                    return Ast.Singleton.NONE;
                case ELLIPSIS:
                    return Ast.Singleton.ELLIPSIS;
                case LIST: {
                    int n = uint();
                    ArrayList<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(value());
                    }
                    return list;
                }
                case POS: {
                    int line = uint();
                    int col = uint();
                    int endLine = (int) (line + zigzag());
                    return new Ast.Pos(line, col, endLine, uint());
                }
                case OPERATOR:
                    return OPERATORS[in[at++]];
                case BOOLOP:
                    return BOOLOPS[in[at++]];
                case UNARYOP:
                    return UNARYOPS[in[at++]];
                case CMPOP:
                    return CMPOPS[in[at++]];
                case CTX:
                    return CTXS[in[at++]];
                default:
                    if (tag >= RECORD_BASE && tag < RECORD_BASE + RECORDS.length) {
                        return record(tag - RECORD_BASE);
                    }
                    throw new IllegalArgumentException("damaged syntax tree data: tag " + tag + " at " + (at - 1));
            }
        }

        /** One record, its components read in declaration order (Java evaluates arguments left to right). */
        private Object record(int index) {
            return switch (index) {
                case 0 -> new Ast.Module(list());
                case 1 -> new Ast.Expression(expr());
                case 2 -> new Ast.Interactive(list());
                case 3 -> new Ast.FunctionDef(str(), arguments(), list(), list(), expr(), pos());
                case 4 -> new Ast.ClassDef(str(), list(), list(), list(), list(), pos());
                case 5 -> new Ast.Return(expr(), pos());
                case 6 -> new Ast.Delete(list(), pos());
                case 7 -> new Ast.Assign(list(), expr(), pos());
                case 8 -> new Ast.AugAssign(expr(), (Ast.Operator) value(), expr(), pos());
                case 9 -> new Ast.AnnAssign(expr(), expr(), expr(), (Boolean) value(), pos());
                case 10 -> new Ast.For(expr(), expr(), list(), list(), pos());
                case 11 -> new Ast.While(expr(), list(), list(), pos());
                case 12 -> new Ast.If(expr(), list(), list(), pos());
                case 13 -> new Ast.With(list(), list(), pos());
                case 14 -> new Ast.Raise(expr(), expr(), pos());
                case 15 -> new Ast.Try(list(), list(), list(), list(), pos());
                case 16 -> new Ast.TryStar(list(), list(), list(), list(), pos());
                case 17 -> new Ast.Assert(expr(), expr(), pos());
                case 18 -> new Ast.Import(list(), pos());
                case 19 -> new Ast.ImportFrom(str(), list(), (Integer) value(), pos());
                case 20 -> new Ast.Global(list(), pos());
                case 21 -> new Ast.Nonlocal(list(), pos());
                case 22 -> new Ast.ExprStmt(expr(), pos());
                case 23 -> new Ast.Pass(pos());
                case 24 -> new Ast.Break(pos());
                case 25 -> new Ast.Continue(pos());
                case 26 -> new Ast.BoolOp((Ast.BoolOpKind) value(), list(), pos());
                case 27 -> new Ast.NamedExpr(expr(), expr(), pos());
                case 28 -> new Ast.BinOp(expr(), (Ast.Operator) value(), expr(), pos());
                case 29 -> new Ast.UnaryOp((Ast.UnaryOpKind) value(), expr(), pos());
                case 30 -> new Ast.Lambda(arguments(), expr(), pos());
                case 31 -> new Ast.IfExp(expr(), expr(), expr(), pos());
                case 32 -> new Ast.Dict(list(), list(), pos());
                case 33 -> new Ast.Set(list(), pos());
                case 34 -> new Ast.ListComp(expr(), list(), pos());
                case 35 -> new Ast.SetComp(expr(), list(), pos());
                case 36 -> new Ast.DictComp(expr(), expr(), list(), pos());
                case 37 -> new Ast.GeneratorExp(expr(), list(), pos());
                case 38 -> new Ast.Yield(expr(), pos());
                case 39 -> new Ast.YieldFrom(expr(), pos());
                case 40 -> new Ast.Compare(expr(), list(), list(), pos());
                case 41 -> new Ast.Call(expr(), list(), list(), pos());
                case 42 -> new Ast.FormattedValue(expr(), (Integer) value(), expr(), pos());
                case 43 -> new Ast.JoinedStr(list(), pos());
                case 44 -> new Ast.Constant(value(), pos());
                case 45 -> new Ast.Attribute(expr(), str(), (Ast.Ctx) value(), pos());
                case 46 -> new Ast.Subscript(expr(), expr(), (Ast.Ctx) value(), pos());
                case 47 -> new Ast.Starred(expr(), (Ast.Ctx) value(), pos());
                case 48 -> new Ast.Name(str(), (Ast.Ctx) value(), pos());
                case 49 -> new Ast.List(list(), (Ast.Ctx) value(), pos());
                case 50 -> new Ast.Tuple(list(), (Ast.Ctx) value(), pos());
                case 51 -> new Ast.Slice(expr(), expr(), expr(), pos());
                case 52 -> new Ast.Arguments(list(), list(), arg(), list(), list(), arg(), list());
                case 53 -> new Ast.Arg(str(), expr(), pos());
                case 54 -> new Ast.Keyword(str(), expr(), pos());
                case 55 -> new Ast.Alias(str(), str(), pos());
                case 56 -> new Ast.WithItem(expr(), expr());
                case 57 -> new Ast.Comprehension(expr(), expr(), list(), (Boolean) value());
                case 58 -> new Ast.ExceptHandler(expr(), str(), list(), pos());
                case 59 -> new Ast.Match(expr(), list(), pos());
                case 60 -> new Ast.MatchCase((Ast.Pattern) value(), expr(), list());
                case 61 -> new Ast.MatchValue(expr(), pos());
                case 62 -> new Ast.MatchSingleton(value(), pos());
                case 63 -> new Ast.MatchSequence(list(), pos());
                case 64 -> new Ast.MatchMapping(list(), list(), str(), pos());
                case 65 -> new Ast.MatchClass(expr(), list(), list(), list(), pos());
                case 66 -> new Ast.MatchStar(str(), pos());
                case 67 -> new Ast.MatchAs((Ast.Pattern) value(), str(), pos());
                case 68 -> new Ast.MatchOr(list(), pos());
                default -> throw new IllegalArgumentException("damaged syntax tree data: record " + index);
            };
        }
    }
}
