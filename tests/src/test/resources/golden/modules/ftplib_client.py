# ftplib against a small FTP server run as a child process (sys.executable): login, PWD/CWD/MKD, passive and active
# (PORT) data connections for LIST/NLST/RETR/STOR, SIZE, RNFR/RNTO, DELE, error replies, QUIT; the ftplib.connect
# and ftplib.sendcmd events (PASS shown, as CPython's event shows it).
import ftplib
import io
import subprocess
import sys

SERVER = r'''
import socket
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
print(srv.getsockname()[1], flush=True)
conn, _ = srv.accept()
f = conn.makefile("rb")
files = {"readme.txt": b"line 1\r\nline 2\r\n", "data.bin": bytes(range(10))}
cwd = "/"
pasv = None
active = None
def send(s):
    conn.sendall(s.encode() + b"\r\n")
def data_conn():
    global pasv, active
    if pasv is not None:
        c, _ = pasv.accept()
        pasv.close()
        pasv = None
        return c
    c = socket.create_connection(active)
    active = None
    return c
send("220-Welcome")
send("220 test FTP ready")
while True:
    line = f.readline()
    if not line:
        break
    text = line.decode().rstrip("\r\n")
    cmd, _, arg = text.partition(" ")
    cmd = cmd.upper()
    if cmd == "USER":
        send("331 password please")
    elif cmd == "PASS":
        send("230 logged in" if arg == "pw" else "530 Login incorrect.")
    elif cmd == "PWD":
        send('257 "%s" is the "current" directory' % cwd)
    elif cmd == "CWD":
        if arg == "missing":
            send("550 missing: No such file or directory")
        else:
            cwd = arg if arg.startswith("/") else cwd.rstrip("/") + "/" + arg
            send("250 CWD ok")
    elif cmd == "MKD":
        send('257 "/new ""dir""" created')
    elif cmd == "TYPE":
        send("200 Type set to " + arg)
    elif cmd == "PASV":
        pasv = socket.socket()
        pasv.bind(("127.0.0.1", 0))
        pasv.listen(1)
        p = pasv.getsockname()[1]
        send("227 Entering Passive Mode (127,0,0,1,%d,%d)." % (p // 256, p % 256))
    elif cmd == "PORT":
        nums = arg.split(",")
        active = (".".join(nums[:4]), int(nums[4]) * 256 + int(nums[5]))
        send("200 PORT ok")
    elif cmd in ("LIST", "NLST"):
        send("150 Here comes the listing.")
        c = data_conn()
        for name in sorted(files):
            c.sendall(((("-rw-r--r-- 1 u g %d Jan 1 %s" % (len(files[name]), name)) if cmd == "LIST" else name) + "\r\n").encode())
        c.close()
        send("226 Transfer complete.")
    elif cmd == "RETR":
        if arg not in files:
            send("550 No such file.")
            if pasv is not None:
                pasv.close()
                pasv = None
            continue
        send("150 Opening BINARY mode data connection for %s (%d bytes)." % (arg, len(files[arg])))
        c = data_conn()
        c.sendall(files[arg])
        c.close()
        send("226 Transfer complete.")
    elif cmd == "STOR":
        send("150 Ok to send data.")
        c = data_conn()
        data = b""
        while True:
            chunk = c.recv(4096)
            if not chunk:
                break
            data += chunk
        c.close()
        files[arg] = data
        send("226 Stored %d bytes." % len(data))
    elif cmd == "SIZE":
        send("213 %d" % len(files[arg]) if arg in files else "550 Could not get file size.")
    elif cmd == "RNFR":
        send("350 Ready for RNTO." if arg in files else "550 RNFR failed.")
        src = arg
    elif cmd == "RNTO":
        files[arg] = files.pop(src)
        send("250 Rename successful.")
    elif cmd == "DELE":
        send("250 Delete operation successful." if files.pop(arg, None) is not None else "550 Delete operation failed.")
    elif cmd == "NOOP":
        send("200 NOOP ok.")
    elif cmd == "QUIT":
        send("221 Goodbye.")
        break
    else:
        send("502 Command not implemented.")
conn.close()
'''

server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE)
port = int(server.stdout.readline())


def hook(event, args):
    if event == "ftplib.connect":
        print(event, args[1], args[2] == port)
    elif event == "ftplib.sendcmd":
        line = args[1]
        if line.startswith("PORT "):
            line = "PORT ..."
        elif line.startswith("EPRT "):
            line = "EPRT ..."
        print(event, repr(line))


sys.addaudithook(hook)
ftp = ftplib.FTP(timeout=30)
print(ftp.connect("127.0.0.1", port))
try:
    ftp.login("bob", "wrong")
except ftplib.error_perm as e:
    print("error_perm", e)
print(ftp.login("bob", "pw"), ftp.pwd())
print(ftp.cwd("pub"), ftp.pwd(), ftp.mkd("new"))
try:
    ftp.cwd("missing")
except ftplib.error_perm as e:
    print("error_perm", e)
lines = []
print(ftp.retrlines("LIST", lines.append), lines)
print(ftp.nlst())
chunks = []
print(ftp.retrbinary("RETR data.bin", chunks.append), chunks)
print(ftp.storbinary("STOR up.bin", io.BytesIO(b"uploaded bytes")), ftp.size("up.bin"))
try:
    ftp.size("none")
except ftplib.error_perm as e:
    print("error_perm", e)
print(ftp.storlines("STOR up.txt", io.BytesIO(b"a\nb\r\nc")), ftp.size("up.txt"))
ftp.set_pasv(False)
out = []
print(ftp.retrbinary("RETR readme.txt", out.append), out)
ftp.set_pasv(True)
try:
    ftp.retrbinary("RETR none", print)
except ftplib.error_perm as e:
    print("error_perm", e)
print(ftp.rename("up.bin", "moved.bin"), ftp.delete("moved.bin"))
try:
    ftp.delete("moved.bin")
except ftplib.error_perm as e:
    print("error_perm", e)
try:
    ftp.sendcmd("SITE HELP")
except ftplib.error_perm as e:
    print("error_perm", e)
try:
    ftp.sendcmd("bad\r\nline")
except ValueError as e:
    print("ValueError", e)
print(ftp.voidcmd("NOOP"), ftp.getwelcome())
print(ftp.quit(), ftp.sock)
server.wait()
print("server exit", server.returncode)
print(ftplib.parse227("227 Entering Passive Mode (10,1,2,3,4,5)"), ftplib.parse257('257 "/a ""b"""'),
      ftplib.parse150("150 Opening (1234 bytes)"), ftplib.parse150("150 ok"),
      ftplib.parse229("229 Entering Extended Passive Mode (|||6446|)", ("1.2.3.4", 21)))
for bad in ("500 x", "227 no numbers here"):
    try:
        ftplib.parse227(bad)
    except ftplib.Error as e:
        print(type(e).__name__, e)
print(ftplib.all_errors[0] is ftplib.Error, ftplib.FTP_PORT, issubclass(ftplib.error_perm, ftplib.Error))
try:
    ftplib.FTP().connect("127.0.0.1", port, timeout=0)
except ValueError as e:
    print("ValueError", e)
