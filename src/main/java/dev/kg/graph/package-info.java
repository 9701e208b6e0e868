/**
 * kg's side of Neo4j: running it, connecting to it, and reading and writing the knowledge graph.
 *
 * <p>{@link dev.kg.graph.EmbeddedNeo4j} runs Neo4j inside kg, with Neo4j Browser and kg's additions to
 * it ({@link dev.kg.graph.browser.BrowserFiles}), and logins as the {@link dev.kg.graph.DefaultUser}
 * with a {@link dev.kg.graph.Password}; {@link dev.kg.graph.Neo4jConnection} connects to it or to any
 * Neo4j 5 server. With the connection's driver, {@link dev.kg.graph.Schema}
 * sets up constraints and indexes, {@link dev.kg.graph.GraphWriter} stores extracted documents, and
 * {@link dev.kg.graph.GraphExporter}, {@link dev.kg.graph.GraphStats} and
 * {@link dev.kg.graph.CypherRunner} read the graph back. The graph model is described in
 * {@code cypher/schema.cypher}.
 */
package dev.kg.graph;
