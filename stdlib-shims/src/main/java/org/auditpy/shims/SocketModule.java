package org.auditpy.shims;

import static org.auditpy.shims.Fns.absent;
import static org.auditpy.shims.Fns.absentOrNone;
import static org.auditpy.shims.Fns.def;
import static org.auditpy.shims.Fns.toInt;
import static org.auditpy.shims.Fns.toLong;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.auditpy.audit.Audit;
import org.auditpy.runtime.PyBytes;
import org.auditpy.runtime.PyDict;
import org.auditpy.runtime.PyErrors;
import org.auditpy.runtime.PyException;
import org.auditpy.runtime.PyList;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PyNone;
import org.auditpy.runtime.PyOps;
import org.auditpy.runtime.PyTuple;
import org.auditpy.runtime.PyType;
import org.auditpy.runtime.PythonContext;

/**
 * {@code _socket}: the native half of auditpy's {@code socket} module (socket.py holds the socket class). Sockets are
 * java.nio channels kept in posix's descriptor table, so they get the descriptor numbers CPython would give (and
 * os.close works on them). Channels are always non-blocking; blocking and timeouts are a selector wait, as CPython's
 * sock_call does with poll(). Events are CPython's Modules/socketmodule.c ones, raised from here with the socket
 * object they concern.
 */
final class SocketModule {
    private SocketModule() {
    }

    static final int AF_UNSPEC = 0;
    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;
    static final int SOCK_NONBLOCK = 2048;
    static final int SOCK_CLOEXEC = 524288;

    /** One socket: its channel (stream: a SocketChannel until listen() makes it a ServerSocketChannel). */
    static final class Sock {
        final int family;
        final int type;
        final int proto;
        NetworkChannel ch;
        /** -1: blocking, 0: non-blocking, else the timeout in seconds. */
        double timeout;
        Selector selector;
        boolean listening;

        Sock(int family, int type, int proto, NetworkChannel ch, double timeout) {
            this.family = family;
            this.type = type;
            this.proto = proto;
            this.ch = ch;
            this.timeout = timeout;
        }

        void close() throws IOException {
            ch.close();
            if (selector != null) {
                selector.close();
            }
        }
    }

    /** The module-wide default timeout (socket.setdefaulttimeout), -1 for None. */
    private static double defaultTimeout = -1;

    static Sock sock(Object fdObj) {
        int fd = toInt(fdObj);
        PosixModule.Fd f = PosixModule.state().fds.get(fd);
        if (f == null || !(f.other instanceof Sock s)) {
            throw PosixModule.badFd();
        }
        return s;
    }

    // ------------------------------------------------------------------ errors

    static PyException err(int errno) {
        return PyErrors.osError(errno, ErrnoModule.strerror(errno), null);
    }

    static PyException err(IOException e) {
        if (e instanceof ClosedChannelException || e instanceof AsynchronousCloseException) {
            return err(9);
        }
        String msg = e.getMessage();
        if (msg != null) {
            if (msg.contains("Connection refused")) {
                return err(111);
            }
            if (msg.contains("Address already in use")) {
                return err(98);
            }
            if (msg.contains("Cannot assign requested address")) {
                return err(99);
            }
            if (msg.contains("Connection reset")) {
                return err(104);
            }
            if (msg.contains("Broken pipe")) {
                return err(32);
            }
            if (msg.contains("Permission denied")) {
                return err(13);
            }
            if (msg.contains("Network is unreachable")) {
                return err(101);
            }
            if (msg.contains("No route to host")) {
                return err(113);
            }
        }
        return PosixModule.err(e, null);
    }

    static PyException timeoutError() {
        return PyErrors.raise(PythonContext.get().types().exception("TimeoutError"), "timed out");
    }

    static PyException gaierror(int code, String msg) {
        PyModule m = gaiModule;
        PyType gai = m == null ? null : (PyType) m.getDict().getStr("gaierror");
        if (gai == null) {
            return PyErrors.raise("OSError", msg);
        }
        return PyErrors.raise(gai, (long) code, msg);
    }

    private static PyModule gaiModule;

    // ------------------------------------------------------------------ addresses

    static ProtocolFamily protocolFamily(int family) {
        switch (family) {
            case AF_INET:
                return StandardProtocolFamily.INET;
            case AF_INET6:
                return StandardProtocolFamily.INET6;
            case AF_UNIX:
                return StandardProtocolFamily.UNIX;
            default:
                throw err(97);
        }
    }

    /** IPv6 text in the RFC 5952 form inet_ntop gives ("::1", not Java's "0:0:0:0:0:0:0:1"). */
    static String ipv6Text(Inet6Address a) {
        byte[] b = a.getAddress();
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        boolean v4mapped = w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0xffff;
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8;) {
            if (w[i] == 0) {
                int j = i;
                while (j < 8 && w[j] == 0) {
                    j++;
                }
                if (j - i > bestLen && j - i >= 2) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (v4mapped) {
            return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(w[i]));
        }
        return sb.toString();
    }

    static String hostText(InetAddress a) {
        return a instanceof Inet6Address a6 ? ipv6Text(a6) : a.getHostAddress();
    }

    /** A socket address as CPython's makesockaddr gives it. */
    static Object pyAddress(int family, SocketAddress sa) {
        if (sa == null) {
            switch (family) {
                case AF_INET:
                    return PyTuple.of("0.0.0.0", 0L);
                case AF_INET6:
                    return PyTuple.of("::", 0L, 0L, 0L);
                default:
                    return "";
            }
        }
        if (sa instanceof InetSocketAddress isa) {
            InetAddress a = isa.getAddress();
            if (a instanceof Inet6Address a6) {
                return PyTuple.of(ipv6Text(a6), (long) isa.getPort(), 0L, (long) a6.getScopeId());
            }
            return PyTuple.of(a.getHostAddress(), (long) isa.getPort());
        }
        if (sa instanceof UnixDomainSocketAddress ua) {
            return ua.getPath().toString();
        }
        return PyNone.NONE;
    }

    static InetAddress resolve(String host, int family) {
        try {
            if (host.isEmpty()) {
                return family == AF_INET6 ? InetAddress.getByName("::") : InetAddress.getByName("0.0.0.0");
            }
            if (host.equals("<broadcast>")) {
                return InetAddress.getByName("255.255.255.255");
            }
            InetAddress[] all = InetAddress.getAllByName(host);
            for (InetAddress a : all) {
                if (family == AF_INET && a instanceof Inet4Address || family == AF_INET6 && a instanceof Inet6Address || family == AF_UNSPEC) {
                    return a;
                }
            }
            if (family == AF_INET6 && all.length > 0) {
                return InetAddress.getByAddress(host, v4mapped(all[0].getAddress()));
            }
            throw gaierror(-9, "Address family for hostname not supported");
        } catch (UnknownHostException e) {
            throw gaierror(-2, "Name or service not known");
        }
    }

    static byte[] v4mapped(byte[] v4) {
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(v4, 0, b, 12, 4);
        return b;
    }

    /**
     * socket.getnameinfo((host, port[, flowinfo, scope_id]), flags), as CPython's socket_getnameinfo: the host must be
     * a numeric address (its getaddrinfo runs with AI_NUMERICHOST); the "socket.getnameinfo" event comes after the
     * argument checks, before any look-up.
     */
    private static Object getnameinfo(Object sa, Object flagsArg) {
        int flags = Fns.toInt(flagsArg);
        if (!(sa instanceof PyTuple t)) {
            throw PyErrors.typeError("getnameinfo() argument 1 must be a tuple");
        }
        Object[] items = t.items();
        if (items.length < 2 || items.length > 4) {
            throw PyErrors.typeError("getnameinfo(): illegal sockaddr argument");
        }
        int port = Fns.toInt(items[1]);
        // "I": unsigned ints, truncated to 32 bits as CPython's converter does
        long flowinfo = items.length > 2 ? Fns.toLong(items[2]) & 0xFFFFFFFFL : 0;
        long scopeId = items.length > 3 ? Fns.toLong(items[3]) & 0xFFFFFFFFL : 0;
        if (flowinfo > 0xfffff) {
            throw PyErrors.overflowError("getnameinfo(): flowinfo must be 0-1048575.");
        }
        String host = Fns.strArg(items[0], "getnameinfo", 1);
        if (Audit.active()) {
            Audit.raise("socket.getnameinfo", sa);
        }
        InetAddress addr;
        try {
            addr = InetAddress.ofLiteral(host);
        } catch (IllegalArgumentException e) {
            throw gaierror(-2, "Name or service not known");
        }
        if (addr instanceof java.net.Inet4Address && items.length != 2) {
            throw PyErrors.raise("OSError", "IPv4 sockaddr must be 2 tuple");
        }
        Object[] r = LibcCalls.nameInfo(addr.getAddress(), port, (int) flowinfo, (int) scopeId, flags);
        if (r[0] instanceof Integer code) {
            throw gaierror(code, (String) r[1]);
        }
        return new PyTuple(PythonContext.get().types().tuple, new Object[]{r[0], r[1]});
    }

    static String hostArg(Object h) {
        if (h instanceof String s) {
            return s;
        }
        if (h instanceof PyBytes b) {
            return new String(b.getBytes(), StandardCharsets.UTF_8);
        }
        throw PyErrors.typeError("str, bytes or bytearray expected, not " + PyOps.typeName(h));
    }

    /** CPython's getsockaddrarg: a Python address for {@code s}'s family. */
    static SocketAddress sockAddress(int family, Object addr, String caller) {
        if (family == AF_UNIX) {
            if (addr instanceof String str) {
                return UnixDomainSocketAddress.of(str);
            }
            if (addr instanceof PyBytes b) {
                return UnixDomainSocketAddress.of(new String(b.getBytes(), StandardCharsets.UTF_8));
            }
            throw PyErrors.typeError(caller + "(): AF_UNIX address must be str or bytes, not " + PyOps.typeName(addr));
        }
        if (!(addr instanceof PyTuple t)) {
            String fam = family == AF_INET ? "AF_INET" : "AF_INET6";
            throw PyErrors.typeError(caller + "(): " + fam + " address must be tuple, not " + PyOps.typeName(addr));
        }
        Object[] items = t.items();
        if (family == AF_INET && items.length != 2 || family == AF_INET6 && (items.length < 2 || items.length > 4)) {
            throw PyErrors.typeError(family == AF_INET ? "AF_INET address must be a pair (host, port)"
                            : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        }
        String host = hostArg(items[0]);
        if (!Fns.isIntLike(items[1])) {
            throw PyErrors.typeError("'" + PyOps.typeName(items[1]) + "' object cannot be interpreted as an integer");
        }
        long port = toLong(items[1]);
        if (port < 0 || port > 65535) {
            throw PyErrors.overflowError(caller + "(): port must be 0-65535.");
        }
        return new InetSocketAddress(resolve(host, family), (int) port);
    }

    // ------------------------------------------------------------------ waiting (CPython's sock_call)

    /** Waits until {@code ch} is ready for {@code ops} as the socket's timeout allows. */
    static void await(Sock s, SelectableChannel ch, int ops) {
        if (s.timeout == 0) {
            throw err(11);
        }
        try {
            if (s.selector == null) {
                s.selector = Selector.open();
            }
            SelectionKey key = ch.keyFor(s.selector);
            if (key == null) {
                key = ch.register(s.selector, ops);
            } else {
                key.interestOps(ops);
            }
            int n = s.timeout < 0 ? s.selector.select() : s.selector.select(Math.max(1, (long) (s.timeout * 1000)));
            s.selector.selectedKeys().clear();
            if (n == 0 && s.timeout > 0) {
                throw timeoutError();
            }
        } catch (IOException e) {
            throw err(e);
        }
    }

    static PyException notConnected() {
        return err(107);
    }

    // ------------------------------------------------------------------ operations

    static long newSocket(Object pysock, int family, int type, int proto, Object fileno) {
        if (Audit.active()) {
            Audit.raise("socket.__new__", pysock, (long) family, (long) type, (long) proto);
        }
        if (!absentOrNone(fileno)) {
            sock(fileno);
            return toLong(fileno);
        }
        int baseType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (family != AF_INET && family != AF_INET6 && family != AF_UNIX) {
            throw err(97);
        }
        NetworkChannel ch;
        try {
            if (baseType == SOCK_STREAM) {
                ch = SocketChannel.open(protocolFamily(family));
            } else if (baseType == SOCK_DGRAM && family != AF_UNIX) {
                ch = DatagramChannel.open(protocolFamily(family));
            } else {
                throw err(baseType == SOCK_DGRAM ? 93 : 94);
            }
            ((SelectableChannel) ch).configureBlocking(false);
        } catch (IOException e) {
            throw err(e);
        }
        double timeout = (type & SOCK_NONBLOCK) != 0 ? 0 : defaultTimeout;
        Sock s = new Sock(family, baseType, proto, ch, timeout);
        return PosixModule.allocFd(new PosixModule.Fd(s));
    }

    static Object bind(Object pysock, Object fd, Object family, Object address) {
        SocketAddress sa = sockAddress(toInt(family), address, "bind");
        if (Audit.active()) {
            Audit.raise("socket.bind", pysock, address);
        }
        Sock s = sock(fd);
        try {
            s.ch.bind(sa);
        } catch (IOException e) {
            throw err(e);
        } catch (java.nio.channels.AlreadyBoundException e) {
            throw err(22);
        }
        return null;
    }

    static Object listen(Object fd, Object backlogObj) {
        Sock s = sock(fd);
        if (s.type != SOCK_STREAM) {
            throw err(95);
        }
        int backlog = absent(backlogObj) ? 128 : Math.max(0, toInt(backlogObj));
        if (s.listening) {
            return null;
        }
        try {
            SocketAddress local = s.ch.getLocalAddress();
            ServerSocketChannel ssc = ServerSocketChannel.open(protocolFamily(s.family));
            ssc.configureBlocking(false);
            if (s.family != AF_UNIX) {
                Boolean reuse = s.ch.getOption(StandardSocketOptions.SO_REUSEADDR);
                ssc.setOption(StandardSocketOptions.SO_REUSEADDR, reuse);
            }
            s.ch.close();
            if (s.family == AF_UNIX && local != null) {
                java.nio.file.Files.deleteIfExists(((UnixDomainSocketAddress) local).getPath());
            }
            ssc.bind(local, backlog);
            s.ch = ssc;
            s.listening = true;
        } catch (IOException e) {
            throw err(e);
        }
        return null;
    }

    static Object accept(Object fd) {
        Sock s = sock(fd);
        if (!(s.ch instanceof ServerSocketChannel ssc)) {
            throw err(22);
        }
        try {
            while (true) {
                SocketChannel c = ssc.accept();
                if (c != null) {
                    c.configureBlocking(false);
                    Sock ns = new Sock(s.family, s.type, s.proto, c, defaultTimeout);
                    long nfd = PosixModule.allocFd(new PosixModule.Fd(ns));
                    return PyTuple.of(nfd, pyAddress(s.family, c.getRemoteAddress()));
                }
                await(s, ssc, SelectionKey.OP_ACCEPT);
            }
        } catch (IOException e) {
            throw err(e);
        }
    }

    static long connect(Object pysock, Object fd, Object family, Object address, boolean ex) {
        SocketAddress sa = sockAddress(toInt(family), address, ex ? "connect_ex" : "connect");
        if (Audit.active()) {
            Audit.raise("socket.connect", pysock, address);
        }
        Sock s = sock(fd);
        try {
            if (s.ch instanceof DatagramChannel dc) {
                dc.connect(sa);
                return 0;
            }
            if (!(s.ch instanceof SocketChannel sc)) {
                throw err(22);
            }
            if (sc.isConnected()) {
                throw err(106);
            }
            if (!sc.isConnectionPending() && sc.connect(sa)) {
                return 0;
            }
            if (s.timeout == 0) {
                throw err(115);
            }
            while (!sc.finishConnect()) {
                await(s, sc, SelectionKey.OP_CONNECT);
            }
            return 0;
        } catch (IOException e) {
            PyException pe = err(e);
            // a failed connect closes a java.nio channel, not the socket: it stays usable (and unconnected)
            if (!s.ch.isOpen() && s.ch instanceof SocketChannel) {
                try {
                    SocketChannel fresh = SocketChannel.open(protocolFamily(s.family));
                    fresh.configureBlocking(false);
                    s.ch = fresh;
                } catch (IOException e2) {
                    // keep the closed channel: later calls report EBADF
                }
            }
            if (ex) {
                Object errno = PyOps.getAttributeOrNull(pe.getPyException(), "errno");
                if (errno instanceof Long l) {
                    return l;
                }
            }
            throw pe;
        } catch (PyException pe) {
            if (ex) {
                Object errno = PyOps.getAttributeOrNull(pe.getPyException(), "errno");
                if (errno instanceof Long l) {
                    return l;
                }
            }
            throw pe;
        }
    }

    static PyBytes recv(Object fd, Object sizeObj, Object flagsObj) {
        Sock s = sock(fd);
        int n = toInt(sizeObj);
        if (n < 0) {
            throw PyErrors.valueError("negative buffersize in recv");
        }
        ByteBuffer buf = ByteBuffer.allocate(n);
        try {
            while (true) {
                int r;
                if (s.ch instanceof SocketChannel sc) {
                    r = sc.read(buf);
                    if (r < 0) {
                        return PyBytes.of(new byte[0]);
                    }
                } else if (s.ch instanceof DatagramChannel dc) {
                    SocketAddress from = dc.receive(buf);
                    r = from == null ? 0 : Math.max(buf.position(), 1);
                    if (from != null) {
                        return PyBytes.of(java.util.Arrays.copyOf(buf.array(), buf.position()));
                    }
                } else {
                    throw notConnected();
                }
                if (r > 0 || n == 0) {
                    return PyBytes.of(java.util.Arrays.copyOf(buf.array(), buf.position()));
                }
                await(s, (SelectableChannel) s.ch, SelectionKey.OP_READ);
            }
        } catch (java.nio.channels.NotYetConnectedException e) {
            throw notConnected();
        } catch (IOException e) {
            throw err(e);
        }
    }

    static Object recvfrom(Object fd, Object sizeObj) {
        Sock s = sock(fd);
        if (!(s.ch instanceof DatagramChannel dc)) {
            PyBytes b = recv(fd, sizeObj, PyNone.NO_VALUE);
            return PyTuple.of(b, PyNone.NONE);
        }
        int n = toInt(sizeObj);
        ByteBuffer buf = ByteBuffer.allocate(n);
        try {
            while (true) {
                SocketAddress from = dc.receive(buf);
                if (from != null) {
                    return PyTuple.of(PyBytes.of(java.util.Arrays.copyOf(buf.array(), buf.position())), pyAddress(s.family, from));
                }
                await(s, dc, SelectionKey.OP_READ);
            }
        } catch (IOException e) {
            throw err(e);
        }
    }

    static long send(Object fd, byte[] data, boolean all) {
        Sock s = sock(fd);
        ByteBuffer buf = ByteBuffer.wrap(data);
        try {
            long total = 0;
            while (true) {
                int w;
                if (s.ch instanceof SocketChannel sc) {
                    w = sc.write(buf);
                } else if (s.ch instanceof DatagramChannel dc) {
                    w = dc.write(buf);
                    if (w > 0 || data.length == 0) {
                        return w;
                    }
                } else {
                    throw notConnected();
                }
                total += w;
                if (!buf.hasRemaining() || (!all && w > 0)) {
                    return total;
                }
                await(s, (SelectableChannel) s.ch, SelectionKey.OP_WRITE);
            }
        } catch (java.nio.channels.NotYetConnectedException e) {
            // send(2) on an unconnected stream socket: EPIPE on Linux
            throw err(s.ch instanceof SocketChannel ? 32 : 89);
        } catch (IOException e) {
            throw err(e);
        }
    }

    static long sendto(Object pysock, Object fd, Object family, byte[] data, Object address, boolean audit) {
        SocketAddress sa = sockAddress(toInt(family), address, "sendto");
        if (audit && Audit.active()) {
            Audit.raise("socket.sendto", pysock, address);
        }
        Sock s = sock(fd);
        if (!(s.ch instanceof DatagramChannel dc)) {
            throw err(106);
        }
        try {
            while (true) {
                int w = dc.send(ByteBuffer.wrap(data), sa);
                if (w > 0 || data.length == 0) {
                    return w;
                }
                await(s, dc, SelectionKey.OP_WRITE);
            }
        } catch (IOException e) {
            throw err(e);
        }
    }

    static String gethostname() {
        if (Audit.active()) {
            Audit.raise("socket.gethostname");
        }
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle h = linker.downcallHandle(linker.defaultLookup().find("gethostname").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocate(1025);
                int r = (int) h.invokeExact(buf, 1024L);
                if (r == 0) {
                    return buf.getString(0);
                }
            }
        } catch (Throwable t) {
            // fall back to the JDK's view below
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw err(e);
        }
    }

    static Object getaddrinfo(Object[] a) {
        Object host = a[0];
        Object port = a[1];
        int family = absent(a[2]) ? 0 : toInt(a[2]);
        int type = absent(a[3]) ? 0 : toInt(a[3]);
        int proto = absent(a[4]) ? 0 : toInt(a[4]);
        int flags = absent(a[5]) ? 0 : toInt(a[5]);
        if (Audit.active()) {
            Audit.raise("socket.getaddrinfo", host, port, (long) family, (long) type, (long) proto);
        }
        long portNum;
        if (port == PyNone.NONE) {
            portNum = 0;
        } else if (Fns.isIntLike(port)) {
            portNum = toLong(port);
        } else if (port instanceof String || port instanceof PyBytes) {
            String ps = hostArg(port);
            try {
                portNum = Long.parseLong(ps);
            } catch (NumberFormatException e) {
                portNum = serviceByName(ps);
                if (portNum < 0) {
                    throw gaierror(-8, "Servname not supported for ai_socktype");
                }
            }
        } else {
            throw PyErrors.raise("OSError", "Int or String expected");
        }
        boolean namedService = port instanceof String && !((String) port).chars().allMatch(Character::isDigit)
                        || port instanceof PyBytes pb && !new String(pb.getBytes(), StandardCharsets.UTF_8).chars().allMatch(Character::isDigit);
        List<InetAddress> addrs = new ArrayList<>();
        try {
            if (host == PyNone.NONE) {
                boolean passive = (flags & 1) != 0;
                if (family != AF_INET) {
                    addrs.add(InetAddress.getByName(passive ? "::" : "::1"));
                }
                if (family != AF_INET6) {
                    addrs.add(InetAddress.getByName(passive ? "0.0.0.0" : "127.0.0.1"));
                }
            } else {
                String h = hostArg(host);
                if (h.isEmpty()) {
                    throw gaierror(-2, "Name or service not known");
                }
                for (InetAddress ia : InetAddress.getAllByName(h)) {
                    if (family == AF_UNSPEC || family == AF_INET && ia instanceof Inet4Address || family == AF_INET6 && ia instanceof Inet6Address) {
                        if (!addrs.contains(ia)) {
                            addrs.add(ia);
                        }
                    }
                }
                if (addrs.isEmpty()) {
                    throw gaierror(-9, "Address family for hostname not supported");
                }
            }
        } catch (UnknownHostException e) {
            throw gaierror(-2, "Name or service not known");
        }
        PyList out = new PyList(PythonContext.get().types().list);
        // a service name of /etc/services (the common ones are TCP) gives stream sockets only
        int[] types = type != 0 ? new int[]{type} : namedService ? new int[]{1} : new int[]{1, 2, 3};
        for (InetAddress ia : addrs) {
            for (int t : types) {
                long p = proto != 0 ? proto : t == 1 ? 6 : t == 2 ? 17 : 0;
                int fam = ia instanceof Inet6Address ? AF_INET6 : AF_INET;
                Object sa = pyAddress(fam, new InetSocketAddress(ia, (int) portNum));
                out.append(PyTuple.of((long) fam, (long) t, p, "", sa));
            }
        }
        return out;
    }

    static long serviceByName(String name) {
        switch (name) {
            case "http":
                return 80;
            case "https":
                return 443;
            case "ftp":
                return 21;
            case "ssh":
                return 22;
            case "smtp":
                return 25;
            case "domain":
                return 53;
            default:
                return -1;
        }
    }

    static NetworkChannel ch(Object fd) {
        return sock(fd).ch;
    }

    /** The functions of {@link #create}, each made at its first call ({@link Fns.Lazy}). */
    private static final class Functions implements Fns.Table {
        private final PythonContext ctx;

        Functions(PythonContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Fns.Impl impl(int op) {
            return switch (op) {
                case 0 -> a -> newSocket(a[0], toInt(a[1]), toInt(a[2]), toInt(a[3]), a[4]); // ns._new
                case 1 -> a -> {
                    Sock s = sock(a[0]);
                    return PyTuple.of((long) s.family, (long) s.type, (long) s.proto);
                }; // ns._info
                case 2 -> a -> bind(a[0], a[1], a[2], a[3]); // ns._bind
                case 3 -> a -> listen(a[0], a[1]); // ns._listen
                case 4 -> a -> accept(a[0]); // ns._accept
                case 5 -> a -> connect(a[0], a[1], a[2], a[3], false); // ns._connect
                case 6 -> a -> connect(a[0], a[1], a[2], a[3], true); // ns._connect_ex
                case 7 -> a -> recv(a[0], a[1], a[2]); // ns._recv
                case 8 -> a -> recvfrom(a[0], a[1]); // ns._recvfrom
                case 9 -> a -> send(a[0], PosixModule.bytesLike(a[1], "send"), PyOps.isTrue(a[2])); // ns._send
                case 10 -> a -> sendto(a[0], a[1], a[2], PosixModule.bytesLike(a[3], "sendto"), a[4], true); // ns._sendto
                case 11 -> a -> sendto(a[0], a[1], a[2], PosixModule.bytesLike(a[3], "sendmsg"), a[4], false); // ns._sendmsg_to
                case 12 -> a -> {
                    Sock s = sock(a[0]);
                    try {
                        return pyAddress(s.family, s.ch.getLocalAddress());
                    } catch (IOException e) {
                        throw err(e);
                    }
                }; // ns._getsockname
                case 13 -> a -> {
                    Sock s = sock(a[0]);
                    try {
                        SocketAddress r = s.ch instanceof SocketChannel sc ? sc.getRemoteAddress() : s.ch instanceof DatagramChannel dc ? dc.getRemoteAddress() : null;
                        if (r == null) {
                            throw notConnected();
                        }
                        return pyAddress(s.family, r);
                    } catch (IOException e) {
                        throw err(e);
                    }
                }; // ns._getpeername
                case 14 -> a -> {
                    Sock s = sock(a[0]);
                    s.timeout = ((Number) a[1]).doubleValue();
                    return null;
                }; // ns._settimeout
                case 15 -> a -> {
                    Sock s = sock(a[0]);
                    int how = toInt(a[1]);
                    try {
                        if (s.ch instanceof SocketChannel sc) {
                            if (how == 0 || how == 2) {
                                sc.shutdownInput();
                            }
                            if (how == 1 || how == 2) {
                                sc.shutdownOutput();
                            }
                            return null;
                        }
                    } catch (java.nio.channels.NotYetConnectedException e) {
                        throw notConnected();
                    } catch (IOException e) {
                        throw err(e);
                    }
                    throw notConnected();
                }; // ns._shutdown
                case 16 -> a -> {
                    NetworkChannel c = ch(a[0]);
                    int level = toInt(a[1]);
                    int opt = toInt(a[2]);
                    Object v = a[3];
                    long val = v instanceof PyBytes ? 1 : toLong(v);
                    try {
                        if (level == 1 && opt == 2 && c.supportedOptions().contains(StandardSocketOptions.SO_REUSEADDR)) {
                            c.setOption(StandardSocketOptions.SO_REUSEADDR, val != 0);
                        } else if (level == 1 && opt == 15 && c.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT)) {
                            c.setOption(StandardSocketOptions.SO_REUSEPORT, val != 0);
                        } else if (level == 1 && opt == 9 && c.supportedOptions().contains(StandardSocketOptions.SO_KEEPALIVE)) {
                            c.setOption(StandardSocketOptions.SO_KEEPALIVE, val != 0);
                        } else if (level == 1 && opt == 6 && c.supportedOptions().contains(StandardSocketOptions.SO_BROADCAST)) {
                            c.setOption(StandardSocketOptions.SO_BROADCAST, val != 0);
                        } else if (level == 1 && opt == 8) {
                            c.setOption(StandardSocketOptions.SO_RCVBUF, (int) val);
                        } else if (level == 1 && opt == 7 && c.supportedOptions().contains(StandardSocketOptions.SO_SNDBUF)) {
                            c.setOption(StandardSocketOptions.SO_SNDBUF, (int) val);
                        } else if (level == 6 && opt == 1 && c.supportedOptions().contains(StandardSocketOptions.TCP_NODELAY)) {
                            c.setOption(StandardSocketOptions.TCP_NODELAY, val != 0);
                        }
                        // other options are accepted and ignored
                    } catch (IOException e) {
                        throw err(e);
                    }
                    return null;
                }; // ns._setsockopt
                case 17 -> a -> {
                    Sock s = sock(a[0]);
                    NetworkChannel c = s.ch;
                    int level = toInt(a[1]);
                    int opt = toInt(a[2]);
                    try {
                        if (level == 1 && opt == 2) {
                            return c.getOption(StandardSocketOptions.SO_REUSEADDR) ? 1L : 0L;
                        } else if (level == 1 && opt == 3) {
                            return (long) s.type;
                        } else if (level == 1 && opt == 4) {
                            return 0L;
                        } else if (level == 1 && opt == 8) {
                            return (long) c.getOption(StandardSocketOptions.SO_RCVBUF);
                        } else if (level == 1 && opt == 9 && c.supportedOptions().contains(StandardSocketOptions.SO_KEEPALIVE)) {
                            return c.getOption(StandardSocketOptions.SO_KEEPALIVE) ? 1L : 0L;
                        } else if (level == 6 && opt == 1 && c.supportedOptions().contains(StandardSocketOptions.TCP_NODELAY)) {
                            return c.getOption(StandardSocketOptions.TCP_NODELAY) ? 1L : 0L;
                        }
                    } catch (IOException e) {
                        throw err(e);
                    }
                    return 0L;
                }; // ns._getsockopt
                case 18 -> a -> gethostname(); // ns.gethostname
                case 19 -> a -> {
                    // bytes as they are, else a str (or os.PathLike) through the file system encoding (CPython's "S" then
                    // PyUnicode_FSConverter); the event gets the bytes
                    byte[] name;
                    if (a[0] instanceof PyBytes b && !b.isByteArray()) {
                        name = b.getBytes();
                    } else {
                        Object v = PosixModule.fspath(a[0], null, false, false);
                        if (v instanceof PyBytes vb) {
                            name = vb.getBytes();
                        } else {
                            String str = (String) v;
                            if (str.indexOf('\0') >= 0) {
                                throw PyErrors.valueError("embedded null byte");
                            }
                            name = Fns.fsencode(str);
                        }
                    }
                    if (Audit.active()) {
                        Audit.raise("socket.sethostname", PyBytes.of(name));
                    }
                    LibcCalls.sethostname(name);
                    return null;
                }; // ns.sethostname
                case 20 -> a -> {
                    if (Audit.active()) {
                        Audit.raise("socket.gethostbyname", a[0]);
                    }
                    return hostText(resolve(hostArg(a[0]), AF_INET));
                }; // ns.gethostbyname
                case 21 -> a -> {
                    String name = Fns.strArg(a[0], "getservbyname", 1);
                    String proto = absent(a[1]) ? null : Fns.strArg(a[1], "getservbyname", 2);
                    if (Audit.active()) {
                        Audit.raise("socket.getservbyname", name, proto == null ? PyNone.NONE : proto);
                    }
                    int port = LibcCalls.servicePort(name, proto);
                    if (port < 0) {
                        throw PyErrors.raise("OSError", "service/proto not found");
                    }
                    return (long) port;
                }; // ns.getservbyname
                case 22 -> a -> {
                    long port = Fns.toLong(a[0]);
                    String proto = absent(a[1]) ? null : Fns.strArg(a[1], "getservbyport", 2);
                    if (port < 0 || port > 0xffff) {
                        throw PyErrors.overflowError("getservbyport: port must be 0-65535.");
                    }
                    if (Audit.active()) {
                        Audit.raise("socket.getservbyport", port, proto == null ? PyNone.NONE : proto);
                    }
                    String name = LibcCalls.serviceName((int) port, proto);
                    if (name == null) {
                        throw PyErrors.raise("OSError", "port/proto not found");
                    }
                    return name;
                }; // ns.getservbyport
                case 23 -> a -> {
                    if (!(a[0] instanceof String) && !(a[0] instanceof PyBytes)) {
                        throw PyErrors.typeError("gethostbyaddr() argument 1 must be str, bytes or bytearray, not " + PyOps.typeName(a[0]));
                    }
                    if (Audit.active()) {
                        Audit.raise("socket.gethostbyaddr", a[0]);
                    }
                    InetAddress addr = resolve(hostArg(a[0]), AF_UNSPEC);
                    Object[] r = LibcCalls.hostByAddress(addr.getAddress());
                    if (r[0] instanceof Integer herr) {
                        PyType herror = gaiModule == null ? null : (PyType) gaiModule.getDict().getStr("herror");
                        throw herror == null ? PyErrors.raise("OSError", (String) r[1]) : PyErrors.raise(herror, (long) herr, r[1]);
                    }
                    PyType list = ctx.types().list;
                    Object[] aliases = (String[]) r[1];
                    byte[][] raw = (byte[][]) r[2];
                    Object[] addrs = new Object[raw.length];
                    for (int i = 0; i < raw.length; i++) {
                        try {
                            addrs[i] = hostText(InetAddress.getByAddress(raw[i]));
                        } catch (java.net.UnknownHostException e) {
                            throw PyErrors.raise("OSError", "bad address length");
                        }
                    }
                    return new PyTuple(ctx.types().tuple, new Object[]{r[0], new PyList(list, aliases, aliases.length),
                                    new PyList(list, addrs, addrs.length)});
                }; // ns.gethostbyaddr
                case 24 -> a -> getnameinfo(a[0], a[1]); // ns.getnameinfo
                case 25 -> a -> defaultTimeout < 0 ? PyNone.NONE : (Object) defaultTimeout; // ns.getdefaulttimeout
                case 26 -> a -> {
                    defaultTimeout = ((Number) a[0]).doubleValue();
                    return null;
                }; // ns._setdefaulttimeout
                default -> throw new IllegalArgumentException("Functions " + op);
            };
        }
    }

    static PyModule create(PythonContext ctx) {
        Functions fns = new Functions(ctx);
        PyModule m = Fns.module(ctx, "_socket");
        PyDict ns = m.getDict();
        def(ctx, ns, "_new", "sock, family, type, proto, fileno", fns.lazy(0));
        def(ctx, ns, "_info", "fd", fns.lazy(1));
        def(ctx, ns, "_bind", "sock, fd, family, address", fns.lazy(2));
        def(ctx, ns, "_listen", "fd, backlog=", fns.lazy(3));
        def(ctx, ns, "_accept", "fd", fns.lazy(4));
        def(ctx, ns, "_connect", "sock, fd, family, address", fns.lazy(5));
        def(ctx, ns, "_connect_ex", "sock, fd, family, address", fns.lazy(6));
        def(ctx, ns, "_recv", "fd, bufsize, flags=", fns.lazy(7));
        def(ctx, ns, "_recvfrom", "fd, bufsize", fns.lazy(8));
        def(ctx, ns, "_send", "fd, data, all", fns.lazy(9));
        def(ctx, ns, "_sendto", "sock, fd, family, data, address", fns.lazy(10));
        // sendmsg's datagram send: its own event (socket.sendmsg) was raised by socket.py
        def(ctx, ns, "_sendmsg_to", "sock, fd, family, data, address", fns.lazy(11));
        def(ctx, ns, "_getsockname", "fd", fns.lazy(12));
        def(ctx, ns, "_getpeername", "fd", fns.lazy(13));
        def(ctx, ns, "_settimeout", "fd, timeout", fns.lazy(14));
        def(ctx, ns, "_shutdown", "fd, how", fns.lazy(15));
        def(ctx, ns, "_setsockopt", "fd, level, optname, value", fns.lazy(16));
        def(ctx, ns, "_getsockopt", "fd, level, optname", fns.lazy(17));
        def(ctx, ns, "gethostname", "", fns.lazy(18));
        def(ctx, ns, "sethostname", "name, /", fns.lazy(19));
        def(ctx, ns, "gethostbyname", "hostname, /", fns.lazy(20));
        def(ctx, ns, "getaddrinfo", "host, port, family=, type=, proto=, flags=", SocketModule::getaddrinfo);
        // the name services that the JDK lacks, from libc (LibcCalls), as Modules/socketmodule.c
        def(ctx, ns, "getservbyname", "servicename, protocolname=, /", fns.lazy(21));
        def(ctx, ns, "getservbyport", "port, protocolname=, /", fns.lazy(22));
        def(ctx, ns, "gethostbyaddr", "ip_address, /", fns.lazy(23));
        def(ctx, ns, "getnameinfo", "sockaddr, flags, /", fns.lazy(24));
        def(ctx, ns, "getdefaulttimeout", "", fns.lazy(25));
        def(ctx, ns, "_setdefaulttimeout", "timeout", fns.lazy(26));
        Object[][] consts = {{"AF_UNSPEC", 0}, {"AF_UNIX", 1}, {"AF_INET", 2}, {"AF_INET6", 10}, {"SOCK_STREAM", 1}, {"SOCK_DGRAM", 2}, {"SOCK_RAW", 3},
                        {"SOCK_NONBLOCK", SOCK_NONBLOCK}, {"SOCK_CLOEXEC", SOCK_CLOEXEC}, {"SOL_SOCKET", 1}, {"SO_REUSEADDR", 2}, {"SO_REUSEPORT", 15},
                        {"SO_KEEPALIVE", 9}, {"SO_BROADCAST", 6}, {"SO_RCVBUF", 8}, {"SO_SNDBUF", 7}, {"SO_ERROR", 4}, {"SO_TYPE", 3}, {"SO_LINGER", 13},
                        {"IPPROTO_TCP", 6}, {"IPPROTO_UDP", 17}, {"IPPROTO_IP", 0}, {"IPPROTO_IPV6", 41}, {"IPV6_V6ONLY", 26}, {"TCP_NODELAY", 1},
                        {"SOL_TCP", 6}, {"SOL_UDP", 17}, {"SOL_IP", 0},
                        {"SHUT_RD", 0}, {"SHUT_WR", 1}, {"SHUT_RDWR", 2}, {"AI_PASSIVE", 1}, {"AI_CANONNAME", 2}, {"AI_NUMERICHOST", 4},
                        {"AI_NUMERICSERV", 1024}, {"NI_NUMERICHOST", 1}, {"NI_NUMERICSERV", 2}, {"INADDR_ANY", 0}, {"INADDR_LOOPBACK", 2130706433},
                        {"SOMAXCONN", 4096}, {"MSG_PEEK", 2}, {"MSG_DONTWAIT", 64}, {"MSG_WAITALL", 256}, {"EAI_NONAME", -2}, {"EAI_AGAIN", -3},
                        {"EAI_FAIL", -4}, {"EAI_FAMILY", -6}, {"EAI_SERVICE", -8}};
        for (Object[] c : consts) {
            ns.setStr((String) c[0], (long) (int) (Integer) c[1]);
        }
        ns.setStr("has_ipv6", true);
        gaiModule = m;
        return m;
    }
}
