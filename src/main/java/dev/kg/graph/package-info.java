/**
 * Reading and writing the knowledge graph through the Neo4j Java Driver, and the rules decided inside
 * a document's transaction.
 *
 * <p>{@link dev.kg.graph.Schema} sets up constraints and indexes; {@link dev.kg.graph.GraphWriter}
 * (and {@link dev.kg.graph.BatchWriter} for a batch, which holds the graph as a {@link
 * dev.kg.graph.PendingBatch} until it is finished) stores extracted documents under the graph's
 * write lock ({@code WriteLock}): identity through {@code dev.kg.resolve}, the analyst's rules through
 * {@link dev.kg.graph.Curation}, each entity's name, kind and aliases from its {@link
 * dev.kg.graph.EntityTally}, event reports grouped into events by {@code EventClusters},
 * relation edges with their evidence ({@code RelationEdges}). {@link
 * dev.kg.graph.CypherRunner} and {@link dev.kg.graph.QueryLibrary} read the graph back for the
 * command line. Running Neo4j and connecting to it are {@code dev.kg.server}'s; exporting the whole
 * graph and counting it are {@code dev.kg.export}'s. The graph model is described in {@code
 * cypher/schema.cypher}.
 */
package dev.kg.graph;
