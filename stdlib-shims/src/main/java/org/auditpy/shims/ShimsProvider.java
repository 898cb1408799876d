package org.auditpy.shims;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.auditpy.builtins.IntrinsicModuleProvider;
import org.auditpy.runtime.PyModule;
import org.auditpy.runtime.PythonContext;

/** Registers the stdlib intrinsic modules with the language (ServiceLoader). */
public final class ShimsProvider implements IntrinsicModuleProvider {
    @Override
    public Map<String, Function<PythonContext, PyModule>> modules() {
        Map<String, Function<PythonContext, PyModule>> m = new LinkedHashMap<>();
        m.put("posix", PosixModule::create);
        m.put("errno", ErrnoModule::create);
        m.put("_io", IoModule::create);
        m.put("math", MathModule::create);
        m.put("time", TimeModule::create);
        m.put("_thread", ThreadModule::create);
        m.put("_signal", SignalModule::create);
        m.put("marshal", MarshalModule::create);
        m.put("gc", GcModule::create);
        m.put("_testcapi", TestCapiModule::create);
        m.put("_struct", StructModule::create);
        m.put("binascii", BinasciiModule::create);
        m.put("pwd", PwdModule::createPwd);
        m.put("grp", PwdModule::createGrp);
        m.put("unicodedata", UnicodedataModule::create);
        m.put("_auditpy", AuditpyModule::create);
        m.put("atexit", AtexitModule::create);
        m.put("syslog", SyslogModule::create);
        m.put("_auditpy_sre", SreModule::create);
        m.put("_auditpy_json", JsonModule::create);
        m.put("_auditpy_random", RandomModule::create);
        m.put("_abc", AbcModule::create);
        m.put("_auditpy_itertools", ItertoolsModule::create);
        m.put("mmap", MmapModule::create);
        m.put("_socket", SocketModule::create);
        m.put("_auditpy_subprocess", SubprocessModule::create);
        m.put("resource", ResourceModule::create);
        m.put("fcntl", FcntlModule::create);
        m.put("_sqlite3", SqliteModule::create);
        m.put("_auditpy_ctypes", CtypesModule::create);
        m.put("_weakref", WeakrefModule::create);
        m.put("_hashlib", HashlibModule::createHashlib);
        m.put("_blake2", HashlibModule::createBlake2);
        m.put("zlib", ZlibModule::create);
        return m;
    }
}
