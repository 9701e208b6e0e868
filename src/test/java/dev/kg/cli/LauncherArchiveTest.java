package dev.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive, with the real {@code ./kg} script in a project of its
 * own whose build is a stand-in {@code dev.kg.cli.Kg} (it prints its arguments and a dependency's
 * greeting) and one dependency jar, so that each run is a JVM start of a second, not CoreNLP's.
 */
class LauncherArchiveTest {

  private static final Path LAUNCHER = Path.of("kg");
  private static final String MAIN_CLASS_LOADED_FROM_ARCHIVE = "dev.kg.cli.Kg source: shared objects file (top)";

  @TempDir Path project;

  private Path classes;
  private Path archive;

  @BeforeEach
  void buildStandInProject() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script; no /bin/bash here, skipping");
    Files.copy(LAUNCHER, project.resolve("kg"));
    project.resolve("kg").toFile().setExecutable(true);
    // What the launcher checks for a stale build, all older than the build's stamp.
    Files.createDirectories(project.resolve("src/main"));
    Files.createDirectories(project.resolve("cypher"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    FileTime past = FileTime.from(Instant.now().minusSeconds(3_600));
    for (String path : List.of("src/main", "cypher", "pom.xml")) {
      Files.setLastModifiedTime(project.resolve(path), past);
    }

    Path dependencies = Files.createDirectories(project.resolve("lib"));
    compile(dependencies.resolve("classes"), "dev.kg.cli.Greeting", "public final class Greeting { public static final String TEXT = \"hello\"; }");
    Path dependency = dependencies.resolve("greeting.jar");
    jar(dependencies.resolve("classes"), dependency);

    classes = project.resolve("target/classes");
    compileMain("first");
    Files.writeString(project.resolve("target/runtime-classpath.txt"), dependency.toString());
    Files.writeString(project.resolve("target/spark-classpath.txt"), "");
    Files.writeString(classes.resolve(".kg-build-stamp"), "");
    archive = project.resolve("target/cds/kg.jsa");
  }

  @Test
  void shouldWriteTheArchiveOnTheFirstIngestAndMapItOnTheNext() throws Exception {
    // when
    Run first = kg(Map.of(), "ingest", "articles");
    Run second = kg(Map.of(), "ingest", "articles");

    // then
    assertThat(first.out()).isEqualTo("first ingest articles hello\n");
    assertThat(first.err()).isEmpty();
    assertThat(archive).isRegularFile();
    assertThat(second.out()).isEqualTo("first ingest articles hello\n");
    assertThat(second.err()).isEmpty();
    assertThat(second.classLoading()).contains(MAIN_CLASS_LOADED_FROM_ARCHIVE);
  }

  @Test
  void shouldWriteTheArchiveOnRequestOnlyWhenItIsMissingOrStale() throws Exception {
    // when
    Run first = kg(Map.of(), "--cds-archive");
    Run second = kg(Map.of(), "--cds-archive");

    // then: the first ingests the sample articles into a throwaway store, the second has nothing to do
    assertThat(first.out()).startsWith("first ingest " + project.resolve("target/classes/samples") + " --store ");
    assertThat(archive).isRegularFile();
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).isEmpty();
  }

  @Test
  void shouldDeleteWhatARunKilledWhileWritingTheArchiveLeftBehind() throws Exception {
    // given: a half-written archive of a process that no longer runs (no Linux pid reaches 4194304)
    Path leftover = Files.createDirectories(project.resolve("target/cds")).resolve("kg.jsa.4194304");
    Files.writeString(leftover, "half an archive");

    // when
    kg(Map.of(), "ingest", "articles");

    // then
    assertThat(leftover).doesNotExist();
    assertThat(archive).isRegularFile();
  }

  @Test
  void shouldWriteNoArchiveForACommandThatLoadsNoCoreNlp() throws Exception {
    // when
    Run query = kg(Map.of(), "query", "RETURN 1");

    // then
    assertThat(query.out()).isEqualTo("first query RETURN 1 hello\n");
    assertThat(project.resolve("target/cds")).doesNotExist();
  }

  @Test
  void shouldWriteTheArchiveAgainWhenKgsClassesChange() throws Exception {
    // given
    kg(Map.of(), "ingest", "articles");
    FileTime firstArchive = Files.getLastModifiedTime(archive);
    // A jar packed a minute ago, then a build that changes the main class.
    Files.setLastModifiedTime(project.resolve("target/kg.jar"), FileTime.from(Instant.now().minusSeconds(60)));
    compileMain("second");

    // when
    Run rebuilt = kg(Map.of(), "ingest", "articles");
    Run after = kg(Map.of(), "ingest", "articles");

    // then: the new class runs, never the archived old one, and the next run maps the new archive
    assertThat(rebuilt.out()).isEqualTo("second ingest articles hello\n");
    assertThat(rebuilt.classLoading()).doesNotContain(MAIN_CLASS_LOADED_FROM_ARCHIVE);
    assertThat(Files.getLastModifiedTime(archive)).isNotEqualTo(firstArchive);
    assertThat(after.out()).isEqualTo("second ingest articles hello\n");
    assertThat(after.classLoading()).contains(MAIN_CLASS_LOADED_FROM_ARCHIVE);
  }

  @Test
  void shouldRunWithoutACorruptArchiveAndSayNothing() throws Exception {
    // given
    kg(Map.of(), "ingest", "articles");
    archive.toFile().setWritable(true);
    try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
      file.seek(file.length() / 2);
      file.write(new byte[4096]);
    }

    // when
    Run run = kg(Map.of(), "ingest", "articles");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("first ingest articles hello\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.classLoading()).doesNotContain(MAIN_CLASS_LOADED_FROM_ARCHIVE);
  }

  @Test
  void shouldRunFromTheClassesDirectoryWithoutAnArchiveWhenKgCdsIsOff() throws Exception {
    // when
    Run run = kg(Map.of("KG_CDS", "off"), "ingest", "articles");

    // then
    assertThat(run.out()).isEqualTo("first ingest articles hello\n");
    assertThat(run.classLoading()).contains("dev.kg.cli.Kg source: file:" + classes.toRealPath() + "/");
    assertThat(project.resolve("target/cds")).doesNotExist();
    assertThat(project.resolve("target/kg.jar")).doesNotExist();
  }

  @Test
  void shouldWriteNoArchiveFromAnIngestThatFailed() throws Exception {
    // when: an ingest that fails, as one of an input that does not exist fails before loading CoreNLP
    Run failed = kg(Map.of(), "ingest", "fail");

    // then
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.out()).isEqualTo("first ingest fail hello\n");
    assertThat(archive).doesNotExist();
    assertThat(project.resolve("target/cds")).isEmptyDirectory();
  }

  // The stand-in for kg's main class: prints WORD, its arguments and the dependency's greeting, and
  // exits with status 1 when an argument is "fail".
  private void compileMain(String word) throws IOException {
    compile(
        classes,
        "dev.kg.cli.Kg",
        "public final class Kg { public static void main(String[] arguments) { System.out.println(\""
            + word
            + " \" + String.join(\" \", arguments) + \" \" + Greeting.TEXT);"
            + " if (java.util.Arrays.asList(arguments).contains(\"fail\")) { System.exit(1); } } }");
  }

  private void compile(Path output, String className, String body) throws IOException {
    Path sources = Files.createTempDirectory(project, "sources");
    Path source = sources.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
    Files.writeString(source, "package dev.kg.cli;\n" + body + "\n");
    Files.createDirectories(output);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    String classPath = project.resolve("lib/classes").toString();
    int status = compiler.run(null, null, null, "-d", output.toString(), "-cp", classPath, source.toString());
    assertThat(status).as("compiling the stand-in " + className).isZero();
  }

  private static void jar(Path directory, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        var paths = Files.walk(directory)) {
      for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(directory.relativize(path).toString()));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
  }

  private Run kg(Map<String, String> environment, String... arguments) throws Exception {
    Path classLoading = Files.createTempFile(project, "class-load", ".log");
    List<String> command = new ArrayList<>(List.of(project.resolve("kg").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    Map<String, String> env = new HashMap<>(environment);
    // The JDK running the tests, with its jar tool, ahead of whatever else the PATH holds.
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    env.put("KG_HEAP", "64m");
    env.put("KG_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLoading);
    builder.environment().putAll(env);
    Process process = builder.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errors = new Thread(() -> copy(process.getErrorStream(), err));
    errors.start();
    process.getInputStream().transferTo(out);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("kg " + String.join(" ", arguments) + " finished").isTrue();
    errors.join();
    return new Run(
        process.exitValue(),
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        Files.readString(classLoading));
  }

  private static void copy(java.io.InputStream in, OutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private record Run(int exitCode, String out, String err, String classLoading) {}
}
