package dev.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The classpath the build writes for {@code ./kg} (target/runtime-classpath.txt): no signed jar on it,
 * because Java verifies a signed jar's signature each time ServiceLoader reads one of its service files
 * (several CPU-seconds in every start of embedded Neo4j, whose eclipse-collections jars are signed), and
 * class-data sharing leaves a signed jar's classes out of the launcher's archive.
 */
class RuntimeClasspathTest {

  private static final Path CLASSPATH_FILE = Path.of("target/runtime-classpath.txt");

  @Test
  void shouldListNoSignedJar() throws IOException {
    // given
    List<Path> jars = runtimeJars();

    // when
    List<Path> signed = jars.stream().filter(RuntimeClasspathTest::isSigned).toList();

    // then
    assertThat(jars).isNotEmpty();
    assertThat(signed).isEmpty();
  }

  @Test
  void shouldKeepEclipseCollectionsAsUnsignedCopiesBuiltFromTheOriginals() throws IOException {
    // given
    List<Path> jars = runtimeJars();

    // when
    List<String> names =
        jars.stream()
            .filter(jar -> jar.getFileName().toString().startsWith("eclipse-collections"))
            .map(jar -> jar.getParent().getFileName() + "/" + jar.getFileName())
            .toList();

    // then
    assertThat(names)
        .containsExactlyInAnyOrder(
            "unsigned-jars/eclipse-collections.jar", "unsigned-jars/eclipse-collections-api.jar");
    Path api = jars.stream().filter(jar -> jar.endsWith("eclipse-collections-api.jar")).findFirst().orElseThrow();
    try (JarFile copy = new JarFile(api.toFile())) {
      assertThat(copy.getEntry("org/eclipse/collections/api/factory/Lists.class")).isNotNull();
      assertThat(copy.getManifest()).isNotNull();
    }
  }

  private static List<Path> runtimeJars() throws IOException {
    return Arrays.stream(Files.readString(CLASSPATH_FILE).trim().split(":"))
        .map(Path::of)
        .filter(path -> path.toString().endsWith(".jar"))
        .toList();
  }

  private static boolean isSigned(Path jar) {
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      return file.stream()
          .map(ZipEntry::getName)
          .anyMatch(name -> name.startsWith("META-INF/") && name.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + jar, e);
    }
  }
}
