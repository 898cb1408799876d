/** auditpy's standard-library intrinsics: posix, _io, time, math, errno, _thread, _signal, _sqlite3 (over sqlite-jdbc). */
module org.auditpy.shims {
    requires org.auditpy.language;
    requires org.graalvm.truffle;
    requires java.management;
    requires java.sql;
    requires org.xerial.sqlitejdbc;

    provides org.auditpy.builtins.IntrinsicModuleProvider with org.auditpy.shims.ShimsProvider;
}
