package org.clusterexplorer.launcher;

import java.nio.file.Path;
import java.util.Locale;

/** Command-line options. The password is deliberately not one of them: argv shows in ps. */
final class Options {
  static final String USAGE =
      "usage: java ... org.clusterexplorer.launcher.Launcher --home <dir> --port <bolt port>"
          + " --pagecache <size, e.g. 512m or 1g> [--exit-on-stdin-eof]\n"
          + "       the neo4j password is read from the environment variable "
          + Launcher.PASSWORD_ENV;

  final Path home;
  final int port;
  final long pageCacheBytes;
  final boolean exitOnStdinEof;

  private Options(Path home, int port, long pageCacheBytes, boolean exitOnStdinEof) {
    this.home = home;
    this.port = port;
    this.pageCacheBytes = pageCacheBytes;
    this.exitOnStdinEof = exitOnStdinEof;
  }

  static Options parse(String[] args) {
    Path home = null;
    Integer port = null;
    Long pageCache = null;
    boolean exitOnStdinEof = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--home":
          home = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
          break;
        case "--port":
          port = parsePort(value(args, ++i, arg));
          break;
        case "--pagecache":
          pageCache = parseSize(value(args, ++i, arg));
          break;
        case "--exit-on-stdin-eof":
          exitOnStdinEof = true;
          break;
        default:
          throw new IllegalArgumentException("unknown argument: " + arg);
      }
    }
    if (home == null) {
      throw new IllegalArgumentException("missing --home");
    }
    if (port == null) {
      throw new IllegalArgumentException("missing --port");
    }
    if (pageCache == null) {
      throw new IllegalArgumentException("missing --pagecache");
    }
    return new Options(home, port, pageCache, exitOnStdinEof);
  }

  private static String value(String[] args, int i, String name) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args[i];
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException("--port must be a number from 1 to 65535, got: " + text);
  }

  /** Sizes as the JVM writes them: plain bytes or a k/m/g suffix (binary units). */
  static long parseSize(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("k")) {
      unit = 1L << 10;
    } else if (t.endsWith("m")) {
      unit = 1L << 20;
    } else if (t.endsWith("g")) {
      unit = 1L << 30;
    }
    String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
    try {
      long n = Long.parseLong(digits);
      // Neo4j refuses page caches below a few MB; 8 MiB keeps the message ours.
      if (n > 0 && n * unit >= (8L << 20)) {
        return n * unit;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--pagecache must be a size of at least 8m such as 256m or 1g, got: " + text);
  }
}
