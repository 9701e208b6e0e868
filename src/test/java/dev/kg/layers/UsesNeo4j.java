package dev.kg.layers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that needs an embedded Neo4j (a store on disk and a Bolt connector). Such
 * tests stay out of {@code ./mvnw test}, the fast layer, and run in {@code ./mvnw verify}; see the
 * surefire executions in {@code pom.xml}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(UsesNeo4j.TAG)
public @interface UsesNeo4j {

  /** The JUnit tag, as the surefire executions name it. */
  String TAG = "neo4j";
}
