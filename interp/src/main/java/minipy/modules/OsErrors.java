package minipy.modules;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.HashMap;
import java.util.Map;
import minipy.runtime.*;

/**
 * OSError with an errno, as CPython raises it: the subclass chosen by errno (PEP 3151),
 * args (errno, strerror[, filename]) and the str "[Errno 2] No such file or directory: 'x'".
 * Java IO exceptions are mapped back to errno values through their (Linux) strerror text.
 */
public final class OsErrors {
    private OsErrors() {}

    public static final int EPERM = 1, ENOENT = 2, EINTR = 4, EIO = 5, EBADF = 9, ECHILD = 10, EAGAIN = 11,
            EACCES = 13, EEXIST = 17, EXDEV = 18, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EMFILE = 24, ENOSPC = 28,
            ESPIPE = 29, EROFS = 30, EPIPE = 32, ENAMETOOLONG = 36, ENOTEMPTY = 39, ELOOP = 40, ENOTSOCK = 88,
            EDESTADDRREQ = 89, EMSGSIZE = 90, EPROTOTYPE = 91, ENOPROTOOPT = 92, EAFNOSUPPORT = 97, EADDRINUSE = 98,
            EADDRNOTAVAIL = 99, ENETDOWN = 100, ENETUNREACH = 101, ECONNABORTED = 103, ECONNRESET = 104,
            EISCONN = 106, ENOTCONN = 107, ESHUTDOWN = 108, ETIMEDOUT = 110, ECONNREFUSED = 111,
            EHOSTUNREACH = 113, EALREADY = 114, EINPROGRESS = 115, ESRCH = 3;

    private static final Map<Integer, String> STRERROR = new HashMap<>();
    private static final Map<Integer, String> NAMES = new HashMap<>();
    private static final Map<String, Integer> BY_TEXT = new HashMap<>();

    private static void e(int n, String name, String text) {
        STRERROR.put(n, text);
        NAMES.put(n, name);
        BY_TEXT.put(text.toLowerCase(), n);
    }

    static {
        e(EPERM, "EPERM", "Operation not permitted");
        e(ENOENT, "ENOENT", "No such file or directory");
        e(ESRCH, "ESRCH", "No such process");
        e(EINTR, "EINTR", "Interrupted system call");
        e(EIO, "EIO", "Input/output error");
        e(EBADF, "EBADF", "Bad file descriptor");
        e(ECHILD, "ECHILD", "No child processes");
        e(EAGAIN, "EAGAIN", "Resource temporarily unavailable");
        e(EACCES, "EACCES", "Permission denied");
        e(EEXIST, "EEXIST", "File exists");
        e(EXDEV, "EXDEV", "Invalid cross-device link");
        e(ENOTDIR, "ENOTDIR", "Not a directory");
        e(EISDIR, "EISDIR", "Is a directory");
        e(EINVAL, "EINVAL", "Invalid argument");
        e(EMFILE, "EMFILE", "Too many open files");
        e(ENOSPC, "ENOSPC", "No space left on device");
        e(ESPIPE, "ESPIPE", "Illegal seek");
        e(EROFS, "EROFS", "Read-only file system");
        e(EPIPE, "EPIPE", "Broken pipe");
        e(ENAMETOOLONG, "ENAMETOOLONG", "File name too long");
        e(ENOTEMPTY, "ENOTEMPTY", "Directory not empty");
        e(ELOOP, "ELOOP", "Too many levels of symbolic links");
        e(ENOTSOCK, "ENOTSOCK", "Socket operation on non-socket");
        e(EDESTADDRREQ, "EDESTADDRREQ", "Destination address required");
        e(EMSGSIZE, "EMSGSIZE", "Message too long");
        e(EPROTOTYPE, "EPROTOTYPE", "Protocol wrong type for socket");
        e(ENOPROTOOPT, "ENOPROTOOPT", "Protocol not available");
        e(EAFNOSUPPORT, "EAFNOSUPPORT", "Address family not supported by protocol");
        e(EADDRINUSE, "EADDRINUSE", "Address already in use");
        e(EADDRNOTAVAIL, "EADDRNOTAVAIL", "Cannot assign requested address");
        e(ENETDOWN, "ENETDOWN", "Network is down");
        e(ENETUNREACH, "ENETUNREACH", "Network is unreachable");
        e(ECONNABORTED, "ECONNABORTED", "Software caused connection abort");
        e(ECONNRESET, "ECONNRESET", "Connection reset by peer");
        e(EISCONN, "EISCONN", "Transport endpoint is already connected");
        e(ENOTCONN, "ENOTCONN", "Transport endpoint is not connected");
        e(ESHUTDOWN, "ESHUTDOWN", "Cannot send after transport endpoint shutdown");
        e(ETIMEDOUT, "ETIMEDOUT", "Connection timed out");
        e(ECONNREFUSED, "ECONNREFUSED", "Connection refused");
        e(EHOSTUNREACH, "EHOSTUNREACH", "No route to host");
        e(EALREADY, "EALREADY", "Operation already in progress");
        e(EINPROGRESS, "EINPROGRESS", "Operation now in progress");
        BY_TEXT.put("connection reset", ECONNRESET);
        BY_TEXT.put("socket closed", EBADF);
        BY_TEXT.put("stream closed", EBADF);
    }

    public static String strerror(int errno) {
        String s = STRERROR.get(errno);
        return s != null ? s : "Unknown error " + errno;
    }

    /** errno module contents: name -> number, number -> name. */
    static Map<Integer, String> names() { return NAMES; }

    /** The OSError subclass CPython picks for errno (Objects/exceptions.c, errnomap). */
    public static PyType typeFor(int errno) {
        switch (errno) {
            case EAGAIN: case EALREADY: case EINPROGRESS: return Exc.BlockingIOError;
            case ECHILD: return Exc.ChildProcessError;
            case EPIPE: case ESHUTDOWN: return Exc.BrokenPipeError;
            case ECONNABORTED: return Exc.ConnectionAbortedError;
            case ECONNREFUSED: return Exc.ConnectionRefusedError;
            case ECONNRESET: return Exc.ConnectionResetError;
            case EEXIST: return Exc.FileExistsError;
            case ENOENT: return Exc.FileNotFoundError;
            case EISDIR: return Exc.IsADirectoryError;
            case ENOTDIR: return Exc.NotADirectoryError;
            case EINTR: return Exc.InterruptedError;
            case EACCES: case EPERM: return Exc.PermissionError;
            case ESRCH: return Exc.ProcessLookupError;
            case ETIMEDOUT: return Exc.TimeoutError;
            default: return Exc.OSError;
        }
    }

    /** OSError(errno, strerror) of the right subclass. */
    public static PyException error(int errno) {
        return new PyBaseException(typeFor(errno), (long) errno, strerror(errno)).raise();
    }

    /** OSError(errno, strerror, filename): str is "[Errno n] text: 'filename'". */
    public static PyException error(int errno, Object filename) {
        if (filename == null) return error(errno);
        return new PyBaseException(typeFor(errno), (long) errno, strerror(errno), filename).raise();
    }

    /** Two file names (rename): "[Errno 2] No such file or directory: 'a' -> 'b'". */
    public static PyException error2(int errno, Object f1, Object f2) {
        return new PyBaseException(typeFor(errno), (long) errno,
                strerror(errno) + ": " + Ops.repr(f1) + " -> " + Ops.repr(f2)).raise();
    }

    /** The errno of a Java IO exception (from its type or its strerror text); EIO when unknown. */
    public static int errnoOf(Throwable e) {
        if (e instanceof NoSuchFileException) return ENOENT;
        if (e instanceof FileAlreadyExistsException) return EEXIST;
        if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
        if (e instanceof NotDirectoryException) return ENOTDIR;
        if (e instanceof AccessDeniedException) return EACCES;
        if (e instanceof java.nio.channels.ClosedChannelException) return EBADF;
        if (e instanceof java.net.ConnectException) return ECONNREFUSED;
        if (e instanceof java.net.BindException) {
            String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase();
            if (m.contains("cannot assign")) return EADDRNOTAVAIL;
            if (m.contains("permission")) return EACCES;
            return EADDRINUSE;
        }
        if (e instanceof java.net.NoRouteToHostException) return EHOSTUNREACH;
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason != null) {
            String r = reason.toLowerCase();
            // java.io messages look like "path (No such file or directory)"
            int p = r.lastIndexOf('(');
            if (p >= 0 && r.endsWith(")")) {
                Integer n = BY_TEXT.get(r.substring(p + 1, r.length() - 1));
                if (n != null) return n;
            }
            Integer n = BY_TEXT.get(r.trim());
            if (n != null) return n;
            for (Map.Entry<String, Integer> en : BY_TEXT.entrySet()) if (r.contains(en.getKey())) return en.getValue();
        }
        return EIO;
    }

    /** A Java IO exception as the Python OSError CPython would raise. */
    public static PyException fromJava(Throwable e, Object filename) {
        int errno = errnoOf(e);
        if (errno == EIO && e.getMessage() != null && !(e instanceof FileSystemException)) {
            return new PyBaseException(Exc.OSError, (long) errno, e.getMessage()).raise();
        }
        return error(errno, filename);
    }

    public static PyException fromJava(Throwable e) { return fromJava(e, null); }
}
