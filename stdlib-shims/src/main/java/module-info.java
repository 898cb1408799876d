/** auditpy's standard-library intrinsics: posix, _io, time, math, errno, _thread, _signal. */
module org.auditpy.shims {
    requires org.auditpy.language;
    requires org.graalvm.truffle;
    requires java.management;

    provides org.auditpy.builtins.IntrinsicModuleProvider with org.auditpy.shims.ShimsProvider;
}
