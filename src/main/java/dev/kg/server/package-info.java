/**
 * Running Neo4j and connecting to it.
 *
 * <p>{@link dev.kg.server.EmbeddedNeo4j} runs Neo4j inside kg, with Neo4j Browser and kg's additions
 * to it ({@link dev.kg.server.browser.BrowserFiles}), and logins as the {@link
 * dev.kg.server.DefaultUser} with a {@link dev.kg.server.Password}, while kg connects as its {@link
 * dev.kg.server.ProcessUser}; {@link dev.kg.server.Neo4jConnection} connects to it or to any Neo4j 5
 * server, and hands its driver to {@code dev.kg.graph}'s readers and writers.
 */
package dev.kg.server;
