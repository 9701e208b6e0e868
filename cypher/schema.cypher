// kg graph schema for Neo4j 5.26. kg applies this file each time it opens a graph to write, so every
// statement must be idempotent (IF NOT EXISTS); running it by hand is safe too:
//   cypher-shell -f cypher/schema.cypher
//
// Graph model
// -----------
// (:Document {id, title?, source?, published?, url?, path, sha256, text, sentenceStarts, sentenceEnds})
//     One ingested article. `text` is the cleaned text every mention offset points into; sentence i
//     is text[sentenceStarts[i], sentenceEnds[i]). `published` is a DATE; `sha256` hashes the raw
//     input, so an edited file replaces the document and an unchanged one is skipped. Properties
//     marked ? are absent when unknown.
//
// (:Entity:Person | :Entity:Organization | :Entity:Location
//     {id, type, name, aliases, kind?, mentionCount, documentCount})
//     One real-world entity across the corpus; `id` is derived from type and canonical name, e.g.
//     person:kim-jong-un. `type` is PERSON, ORGANIZATION or LOCATION; `kind` (COUNTRY, CITY,
//     STATE_OR_PROVINCE, OTHER) exists on locations only. Every other property is derived from the
//     entity's incoming MENTIONS edges and recomputed whenever one of them changes:
//       mentionCount  = sum of MENTIONS.count
//       documentCount = number of MENTIONS edges
//       aliases       = sorted union of MENTIONS.aliases
//       name          = the MENTIONS.name most documents use (ties: longer, then alphabetically first)
//       kind          = the MENTIONS.kind most documents use (ties: alphabetically first)
//     so they never depend on the order documents were ingested in. An entity no document mentions
//     any more is deleted.
//
// (:Mention {id, start, end, sentence, text, nerTag})
//     One span of a document's text: text = Document.text[start, end), in sentence number `sentence`.
//     `id` is "<document id>#<start>-<end>". `nerTag` is the recogniser's tag (PERSON, CITY, ...), or
//     PRONOUN / NOMINAL for a mention attached through coreference.
//
// (:Document)-[:HAS_MENTION]->(:Mention)-[:REFERS_TO]->(:Entity)
//     The evidence: every place a document refers to an entity.
//
// (:Document)-[:MENTIONS {count, name, aliases, kind?}]->(:Entity)
//     The per-document summary, one edge per document and entity: `count` mentions in that document,
//     `name` and `aliases` as that document writes the entity, `kind` as that document classifies a
//     location. The entity's derived properties above are aggregates of these edges.
//
// (:Entity)-[:CO_OCCURS_WITH {sentences, documents, evidence}]->(:Entity)
//     Two entities that some sentence mentions together, by name or by pronoun. One edge per pair,
//     stored from the smaller id to the larger although it means the same both ways, so match it
//     undirected: (a)-[:CO_OCCURS_WITH]-(b).
//       sentences = number of sentences in the corpus that mention both (once each, however often)
//       documents = number of documents with such a sentence
//       evidence  = the first 5 of those sentences by document id, then sentence index, each written
//                   "<document id>#<sentence index>", e.g. "04-port-visit.html#2"
//     A sentence that mentions more than 30 distinct entities is a list or a table, not a statement,
//     and adds no pair. Co-occurrence is kept apart from extracted facts: it says two entities appear
//     together, not how they are related. Like the entity properties, the edges follow every write,
//     replacement and removal of a document, and never depend on the order documents came in.
//
// (:CurationRule {id, seq, kind, entity?, alias?, documents?, target?, targetType?, targetKind?, name})
//     A correction an analyst made with kg merge / alias / split / rename, which every later write of
//     a document obeys (kg rules lists them). `id` is "rule:<seq>"; rules apply in `seq` order, each
//     to what the earlier ones made of the document. `kind` is MERGE (entity's mentions go to target),
//     ALIAS (mentions named alias go to target), SPLIT (entity's mentions named alias, or in the listed
//     documents, go to target) or RENAME (entity is shown as name). `target`, `targetType`,
//     `targetKind` and `name` describe where mentions go, so a document that never names the target
//     still writes it as the analyst saw it. Rules stand apart from the documents: no edge joins them.

// Uniqueness constraints also give each id an index, which every write and lookup goes through.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (m:Mention) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT curation_rule_id IF NOT EXISTS FOR (r:CurationRule) REQUIRE r.id IS UNIQUE;

// Finding a document from a file's hash, e.g. to tell whether a file was ingested under another id.
CREATE INDEX document_sha256 IF NOT EXISTS FOR (d:Document) ON (d.sha256);

// Time-range queries: MATCH (d:Document) WHERE d.published >= date('2024-06-01') ...
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published);

// Exact-name lookups: MATCH (e:Entity {name: 'Kim Jong Un'}) ...
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);

// Fuzzy search over every name an entity goes by. Neo4j 5.26 full-text indexes take LIST<STRING>
// properties element by element, so the aliases list is indexed as it is:
//   CALL db.index.fulltext.queryNodes('entityNames', 'kim~') YIELD node, score
//   RETURN node.name, node.type, score
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
