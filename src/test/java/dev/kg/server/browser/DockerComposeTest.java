package dev.kg.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The Neo4j in docker-compose.yml gives Browser kg's style and guide the way {@code kg serve} does. */
class DockerComposeTest {

  private static final Path COMPOSE = Path.of("docker-compose.yml");
  private static final Path PLUGINS = Path.of("target", "neo4j-plugins");

  @Test
  void shouldMakeBrowserApplyKgsStyleAndOpenKgsGuideOnConnect() throws IOException {
    // when
    String compose = Files.readString(COMPOSE);

    // then
    assertThat(compose)
        .contains(
            "NEO4J_server_unmanaged__extension__classes: \""
                + BrowserFiles.class.getPackageName() + "=" + BrowserFiles.MOUNT_POINT + "\"",
            "NEO4J_dbms_security_http__auth__allowlist: \"/,/browser.*," + BrowserFiles.MOUNT_POINT + "/.*\"",
            "NEO4J_browser_remote__content__hostname__whitelist: \"localhost\"",
            "NEO4J_browser_post__connect__cmd: \""
                + BrowserFiles.postConnectCommand(URI.create("http://localhost:7474/")) + "\"");
  }

  @Test
  void shouldMountAPluginHoldingTheStyleTheGuideAndWhatServesThem() throws IOException {
    // given
    assertThat(Files.readString(COMPOSE)).contains("source: ./target/neo4j-plugins", "target: /plugins");

    // when
    List<String> entries;
    try (Stream<Path> jars = Files.list(PLUGINS);
        ZipFile plugin = new ZipFile(jars.findFirst().orElseThrow().toFile())) {
      entries = plugin.stream().map(ZipEntry::getName).filter(name -> !name.endsWith("/")).toList();
    }

    // then
    assertThat(entries)
        .containsExactlyInAnyOrder(
            "META-INF/MANIFEST.MF",
            "dev/kg/server/browser/BrowserFiles.class",
            "dev/kg/server/browser/package-info.class",
            "cypher/style.grass",
            "cypher/guide.html");
  }
}
