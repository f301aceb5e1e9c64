package org.safeguarding.localneo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on a loopback address, for development and tests.
 *
 * <p>Contract with the parent process (src/neo4j-local/ in the TypeScript project):
 *
 * <ul>
 *   <li>arguments are {@code --key=value} pairs: home, host, port, pagecache-mb, tx-memory-mb;
 *   <li>one line {@code READY bolt://host:port} on stdout once Bolt accepts connections;
 *   <li>one line {@code ERROR <CODE> <message>} on stderr and a distinct exit code on a failure the
 *       parent should explain: PORT_IN_USE (3), STORE_LOCKED (4), START_FAILED (5), BAD_ARGUMENT (2);
 *   <li>stdin is the lifeline: when it closes (the parent died or asked us to stop) the database
 *       shuts down cleanly and the JVM exits; SIGTERM and SIGINT do the same via a shutdown hook.
 * </ul>
 */
public final class Main {
  static final int EXIT_BAD_ARGUMENT = 2;
  static final int EXIT_PORT_IN_USE = 3;
  static final int EXIT_STORE_LOCKED = 4;
  static final int EXIT_START_FAILED = 5;

  private Main() {}

  public static void main(String[] args) {
    Map<String, String> opts = parse(args);
    Path home = Path.of(opts.getOrDefault("home", ".neo4j")).toAbsolutePath();
    String host = opts.getOrDefault("host", "127.0.0.1");
    int port = intOpt(opts, "port", 7687);
    long pageCacheMb = intOpt(opts, "pagecache-mb", 128);
    long txMemoryMb = intOpt(opts, "tx-memory-mb", 0);

    if (!isLoopback(host)) {
      fail(EXIT_BAD_ARGUMENT, "BAD_ARGUMENT", "host must be a loopback address, got " + host);
    }
    if (!portIsFree(host, port)) {
      fail(
          EXIT_PORT_IN_USE,
          "PORT_IN_USE",
          "port " + port + " on " + host + " is already in use by another process");
    }

    DatabaseManagementService dbms;
    try {
      Files.createDirectories(home);
      DatabaseManagementServiceBuilder builder =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(HttpConnector.enabled, false)
              .setConfig(HttpsConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
              .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
              // Bolt otherwise waits 5 s twice on shutdown for connections that a local,
              // single-user database does not have; stop in well under a second instead.
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
              .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200));
      if (txMemoryMb > 0) {
        builder.setConfig(
            GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMemoryMb));
      }
      dbms = builder.build();
    } catch (Throwable t) {
      if (mentionsLock(t)) {
        fail(
            EXIT_STORE_LOCKED,
            "STORE_LOCKED",
            "the store at " + home + " is locked by another Neo4j process: " + rootMessage(t));
      }
      fail(EXIT_START_FAILED, "START_FAILED", rootMessage(t));
      return;
    }

    final DatabaseManagementService running = dbms;
    Thread hook = new Thread(() -> shutdown(running), "local-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);

    try {
      running.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000);
    } catch (Throwable t) {
      fail(EXIT_START_FAILED, "START_FAILED", "database did not become available: " + rootMessage(t));
    }
    System.out.println("READY bolt://" + host + ":" + port);
    System.out.flush();

    // Lifeline: block on stdin; EOF means the parent is gone or wants us to stop.
    waitForEof(System.in);
    System.exit(0);
  }

  private static synchronized void shutdown(DatabaseManagementService dbms) {
    try {
      dbms.shutdown();
      System.err.println("local-neo4j: stopped cleanly");
    } catch (Throwable t) {
      System.err.println("local-neo4j: error during shutdown: " + rootMessage(t));
    }
  }

  private static void waitForEof(InputStream in) {
    byte[] buf = new byte[256];
    try {
      while (in.read(buf) >= 0) {
        // Input is ignored; only the end of the stream matters.
      }
    } catch (IOException e) {
      // A broken pipe means the parent is gone too.
    }
  }

  private static boolean portIsFree(String host, int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getByName(host), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean mentionsLock(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = String.valueOf(c.getMessage()).toLowerCase();
      if (m.contains("lock file has been locked") || m.contains("store lock") || m.contains("lock on")) {
        return true;
      }
      if (c.getClass().getSimpleName().contains("StoreLockException")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    String m = c.getMessage();
    return (m == null ? c.getClass().getName() : m).replace('\n', ' ');
  }

  private static void fail(int exitCode, String code, String message) {
    System.err.println("ERROR " + code + " " + message);
    System.err.flush();
    Runtime.getRuntime().halt(exitCode);
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (String a : args) {
      if (!a.startsWith("--") || !a.contains("=")) {
        fail(EXIT_BAD_ARGUMENT, "BAD_ARGUMENT", "expected --key=value, got " + a);
      }
      int eq = a.indexOf('=');
      out.put(a.substring(2, eq), a.substring(eq + 1));
    }
    return out;
  }

  private static int intOpt(Map<String, String> opts, String key, int dflt) {
    String v = opts.get(key);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      fail(EXIT_BAD_ARGUMENT, "BAD_ARGUMENT", key + ": expected an integer, got " + v);
      return dflt;
    }
  }
}
