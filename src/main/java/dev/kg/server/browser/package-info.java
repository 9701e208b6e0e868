/**
 * kg's additions to Neo4j Browser, served by Neo4j's own HTTP server: this package is a Neo4j
 * unmanaged extension, loaded from kg's classes by the embedded server and from the {@code
 * neo4j-plugin} jar by a standalone Neo4j. It must depend on nothing but JAX-RS and the JDK.
 */
package dev.kg.server.browser;
