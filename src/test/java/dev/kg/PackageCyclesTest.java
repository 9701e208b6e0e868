package dev.kg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * kg's packages depend on each other one way: a cycle means two capabilities that can no longer be
 * understood, tested or replaced apart. The JDK's own {@code jdeps} reads the compiled classes.
 */
class PackageCyclesTest {

  private static final Pattern EDGE = Pattern.compile("^\\s+(dev\\.kg[\\w.]*)\\s+->\\s+(dev\\.kg[\\w.]*)\\s");

  @Test
  void shouldFindNoCycleAmongKgsPackages() {
    // given
    Path classes = Path.of("target", "classes");
    assertThat(classes).as("compiled main classes").isDirectory();

    // when
    Map<String, Set<String>> dependencies = dependencies(classes);

    // then
    assertThat(dependencies).as("jdeps found kg's packages").containsKeys("dev.kg.cli", "dev.kg.graph");
    assertThat(cycles(dependencies)).as("package cycles").isEmpty();
  }

  private static Map<String, Set<String>> dependencies(Path classes) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        jdeps.run(
            new PrintWriter(out), new PrintWriter(err),
            "-verbose:package", "-filter:none", "-e", "dev\\.kg\\..*", classes.toString());
    assertThat(exit).as(err.toString()).isZero();
    Map<String, Set<String>> dependencies = new TreeMap<>();
    for (String line : out.toString().split("\n")) {
      Matcher edge = EDGE.matcher(line);
      if (edge.find() && !edge.group(1).equals(edge.group(2))) {
        dependencies.computeIfAbsent(edge.group(1), p -> new TreeSet<>()).add(edge.group(2));
        dependencies.computeIfAbsent(edge.group(2), p -> new TreeSet<>());
      }
    }
    return dependencies;
  }

  /** Each group of packages that reach each other (Tarjan's strongly connected components), named. */
  private static List<String> cycles(Map<String, Set<String>> dependencies) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    List<String> cycles = new ArrayList<>();
    for (String start : dependencies.keySet()) {
      if (!index.containsKey(start)) {
        visit(start, dependencies, index, low, stack, cycles);
      }
    }
    return cycles;
  }

  private static void visit(
      String node, Map<String, Set<String>> dependencies, Map<String, Integer> index, Map<String, Integer> low,
      Deque<String> stack, List<String> cycles) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    for (String next : dependencies.get(node)) {
      if (!index.containsKey(next)) {
        visit(next, dependencies, index, low, stack, cycles);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (stack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        cycles.add(String.join(" <-> ", component));
      }
    }
  }
}
