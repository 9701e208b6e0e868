package dev.kg.layers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that needs Stanford CoreNLP's models (about 40 s to load once per JVM, 3-4 GB
 * of heap). Such tests stay out of {@code ./mvnw test}, the fast layer, and run in {@code ./mvnw
 * verify}; see the surefire executions in {@code pom.xml}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(UsesCoreNlp.TAG)
public @interface UsesCoreNlp {

  /** The JUnit tag, as the surefire executions name it. */
  String TAG = "corenlp";
}
