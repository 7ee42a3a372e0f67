package org.clusterexplorer.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.server.configuration.ServerSettings;
import sun.misc.Signal;

/**
 * Runs an embedded Neo4j Community DBMS that is reachable only through Bolt on 127.0.0.1.
 *
 * <p>Contract with the Node side (neo4j/local-server.ts): exactly one line on stdout,
 * {@code NEO4J_READY bolt://127.0.0.1:<port>}, once Bolt accepts connections; everything else goes
 * to stderr or to {@code <home>/logs}. SIGTERM/SIGINT shut the DBMS down cleanly and exit 0.
 */
public final class Launcher {
  static final String PASSWORD_ENV = "NEO4J_LAUNCHER_PASSWORD";
  static final String USER = "neo4j";
  static final String HOST = "127.0.0.1";

  /** Written to the home once the neo4j user has our password (see main). */
  static final String AUTH_MARKER = ".neo4j-password-set";

  static final int EXIT_BAD_ARGS = 2;
  static final int EXIT_PORT_TAKEN = 3;
  static final int EXIT_HOME_NOT_WRITABLE = 4;
  static final int EXIT_NO_PASSWORD = 5;
  static final int EXIT_START_FAILED = 1;

  /** Guards the service so a signal during start-up waits for build() instead of racing it. */
  private static final Object LIFECYCLE = new Object();

  private static DatabaseManagementService service;
  private static boolean stopping;

  private Launcher() {}

  public static void main(String[] argv) {
    // Keep the real stdout for the ready line only; anything Neo4j or a library prints goes to
    // stderr, so the Node side never has to tell protocol from chatter.
    PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.setOut(System.err);

    Options options;
    try {
      options = Options.parse(argv);
    } catch (IllegalArgumentException e) {
      fatal(EXIT_BAD_ARGS, e.getMessage() + "\n" + Options.USAGE);
      return;
    }

    String password = System.getenv(PASSWORD_ENV);
    if (password == null || password.length() < 8) {
      fatal(
          EXIT_NO_PASSWORD,
          "environment variable " + PASSWORD_ENV + " must hold the neo4j password (8+ characters)");
      return;
    }

    checkHomeWritable(options.home);
    checkPortFree(options.port);

    Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "neo4j-launcher-shutdown"));
    // Exit code 0 on a polite stop; the shutdown hook above does the actual work.
    Signal.handle(new Signal("TERM"), s -> System.exit(0));
    Signal.handle(new Signal("INT"), s -> System.exit(0));
    if (options.exitOnStdinEof) {
      watchStdin();
    }

    // A new store's neo4j user has the well-known password "neo4j". Set ours before any connector
    // opens, so nothing local can race us to it; a marker records that this has been done.
    Path marker = options.home.resolve(AUTH_MARKER);
    boolean firstStart = !Files.exists(marker);
    if (firstStart) {
      DatabaseManagementService setup = startService(options, false);
      if (setup == null) {
        return;
      }
      try {
        setPassword(setup.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        stopService(setup);
        Files.writeString(marker, "the neo4j password has been set by neo4j-launcher\n");
      } catch (Exception e) {
        e.printStackTrace();
        fatal(EXIT_START_FAILED, "could not set the neo4j password: " + describe(e));
        return;
      }
      log("password set on the new store");
    }

    DatabaseManagementService started = startService(options, true);
    if (started == null) {
      return;
    }
    try {
      if (!firstStart) {
        // The password file may have been replaced since the last start: adopt it.
        setPassword(started.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        log("password checked");
      }
      awaitBolt(options.port, Duration.ofSeconds(60));
    } catch (Exception e) {
      e.printStackTrace();
      fatal(EXIT_START_FAILED, "Neo4j started but is not usable: " + describe(e));
      return;
    }
    protocol.println("NEO4J_READY bolt://" + HOST + ":" + options.port);
  }

  /**
   * Builds and starts the DBMS, registered for the shutdown hook. Returns null if a stop signal
   * came first; exits with a clear message if Neo4j cannot start.
   */
  private static DatabaseManagementService startService(Options options, boolean bolt) {
    Throwable failure = null;
    DatabaseManagementService built = null;
    synchronized (LIFECYCLE) {
      if (stopping) {
        return null;
      }
      try {
        built = builder(options, bolt).build();
        service = built;
      } catch (Throwable t) {
        failure = t;
      }
    }
    // fatal() calls System.exit, which runs the shutdown hook: never call it holding the lock.
    if (failure != null) {
      if (hasCause(failure, BindException.class)) {
        fatal(EXIT_PORT_TAKEN, "port " + options.port + " on " + HOST + " is already in use");
      }
      failure.printStackTrace();
      fatal(EXIT_START_FAILED, "Neo4j failed to start: " + describe(failure));
    }
    log(bolt ? "DBMS started" : "DBMS started without connectors");
    return built;
  }

  private static void stopService(DatabaseManagementService toStop) {
    synchronized (LIFECYCLE) {
      if (service == toStop) {
        service = null;
      }
    }
    toStop.shutdown();
  }

  private static DatabaseManagementServiceBuilder builder(Options options, boolean bolt) {
    DatabaseManagementServiceBuilder b = new DatabaseManagementServiceBuilder(options.home);
    Map<Setting<?>, Object> settings =
        Map.ofEntries(
            // Nothing may listen beyond loopback; Bolt is the only connector.
            Map.entry(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST)),
            Map.entry(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST)),
            Map.entry(BoltConnector.enabled, bolt),
            Map.entry(BoltConnector.listen_address, new SocketAddress(HOST, options.port)),
            Map.entry(BoltConnector.advertised_address, new SocketAddress(HOST, options.port)),
            Map.entry(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED),
            Map.entry(HttpConnector.enabled, false),
            Map.entry(HttpsConnector.enabled, false),
            Map.entry(GraphDatabaseSettings.auth_enabled, true),
            // No phoning home of any kind.
            Map.entry(GraphDatabaseSettings.udc_enabled, false),
            Map.entry(BoltConnector.server_bolt_telemetry_enabled, false),
            Map.entry(ServerSettings.allow_telemetry, false),
            // Memory is sized by the caller; heap comes from -Xmx.
            Map.entry(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes),
            // A local analysis copy needs no point-in-time history: keep transaction logs small.
            Map.entry(GraphDatabaseSettings.keep_logical_logs, "2 files"),
            Map.entry(GraphDatabaseSettings.logical_log_rotation_threshold, 32L * 1024 * 1024),
            // By default Bolt's event loops idle 5 s each before stopping, adding ~10 s to every
            // shutdown; the databases are already closed by then, so there is nothing to wait for.
            // (Internal settings, pinned to the Neo4j version in pom.xml.)
            Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0),
            Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5)));
    return b.setConfig(settings);
  }

  /**
   * Makes the neo4j user's password equal to the given one, without "change required". The
   * statement runs on the system database through the embedded API (no network, no auth), with
   * the password as a parameter so it never appears in a query string or log.
   */
  private static void setPassword(GraphDatabaseService system, String password) {
    Map<String, Object> params = Map.of("user", USER, "pw", password);
    try {
      system.executeTransactionally(
          "ALTER USER $user SET PASSWORD $pw CHANGE NOT REQUIRED", params);
    } catch (RuntimeException e) {
      String message = String.valueOf(describe(e));
      if (message.contains("Old password and new password cannot be the same")) {
        // A restart with the same password: only make sure no change is pending.
        system.executeTransactionally(
            "ALTER USER $user SET PASSWORD CHANGE NOT REQUIRED", Map.of("user", USER));
      } else if (message.contains("does not exist")) {
        system.executeTransactionally(
            "CREATE USER $user SET PASSWORD $pw CHANGE NOT REQUIRED", params);
      } else {
        throw e;
      }
    }
  }

  /** Neo4j has bound Bolt when build() returns; this confirms it from the outside. */
  private static void awaitBolt(int port, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(HOST, port), 1000);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IOException("Bolt did not accept connections on port " + port, e);
        }
        Thread.sleep(200);
      }
    }
  }

  private static void shutdown() {
    DatabaseManagementService toStop;
    synchronized (LIFECYCLE) {
      stopping = true;
      toStop = service;
      service = null;
    }
    if (toStop != null) {
      System.err.println("neo4j-launcher: shutting down");
      toStop.shutdown();
      System.err.println("neo4j-launcher: stopped");
    }
  }

  /**
   * The parent pipes our stdin and never writes to it: EOF means the parent is gone (even after a
   * SIGKILL), so stop rather than linger as an orphan holding the port and the store lock.
   */
  private static void watchStdin() {
    Thread watcher =
        new Thread(
            () -> {
              InputStream in = System.in;
              byte[] buffer = new byte[256];
              try {
                while (in.read(buffer) >= 0) {
                  // Input is ignored; only the end of the stream matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
              }
              System.err.println("neo4j-launcher: stdin closed, parent is gone; stopping");
              System.exit(0);
            },
            "neo4j-launcher-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void checkHomeWritable(Path home) {
    try {
      Files.createDirectories(home);
      Path probe = Files.createTempFile(home, ".write-probe", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      fatal(EXIT_HOME_NOT_WRITABLE, "home " + home + " is not writable: " + describe(e));
    }
  }

  /** Checked up front so the common mistake gets a one-line answer instead of a stack trace. */
  private static void checkPortFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
    } catch (IOException e) {
      fatal(EXIT_PORT_TAKEN, "port " + port + " on " + HOST + " is already in use");
    }
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }

  /** The whole cause chain in one line: Neo4j wraps the useful message several levels deep. */
  private static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (sb.length() > 0) {
        sb.append(" <- ");
      }
      sb.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
    }
    return sb.toString();
  }

  private static final long T0 = System.nanoTime();

  /** Progress for the log tail shown on failures; stdout is reserved for the ready line. */
  private static void log(String message) {
    System.err.printf("neo4j-launcher: %s (%d ms)%n", message, (System.nanoTime() - T0) / 1_000_000);
  }

  private static void fatal(int code, String message) {
    System.err.println("neo4j-launcher: FATAL: " + message);
    System.exit(code);
  }
}
