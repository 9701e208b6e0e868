// kg graph schema for Neo4j 5.26. kg applies this file each time it opens a graph to write, so every
// statement must be idempotent (IF NOT EXISTS); running it by hand is safe too:
//   cypher-shell -f cypher/schema.cypher
//
// Graph model
// -----------
// (:Document {id, title?, source?, published?, url?, path, sha256, text, sentenceStarts, sentenceEnds,
//              extraction, resolution})
//     One ingested article. `text` is the cleaned text every mention offset points into; sentence i
//     is text[sentenceStarts[i], sentenceEnds[i]). `published` is a DATE; `sha256` hashes the raw
//     input, so an edited file replaces the document and an unchanged one is skipped. `extraction`
//     is the document's own extraction as JSON (entities with local ids, mentions, facts), from
//     which kg resolves it again when another document changes what one of its names denotes;
//     `resolution` lists the outcome, "<local id>=<entity id>" sorted, so an unchanged outcome is
//     not written again.
//     Properties marked ? are absent when unknown.
//
// (:Entity:Person | :Entity:Organization | :Entity:Location
//     {id, type, name, aliases, kind?, mentionCount, documentCount,
//      tallyNames, tallyNameDocuments, tallyKinds, tallyKindDocuments, tallyKindMentions,
//      tallyAliases, tallyAliasDocuments, tallyTitles, tallyTitleDocuments,
//      tallyNormalizedTitles, tallyNormalizedTitleDocuments, titles?, normalizedTitles?})
//     One real-world entity across the corpus; `id` is the type the corpus gives its name (or the
//     type a document that names it twice or more gives it) plus the name's key, e.g. person:kim-jong-un (README, "Identity", says how names are resolved). `type` is PERSON, ORGANIZATION or LOCATION; `kind` (COUNTRY, CITY,
//     STATE_OR_PROVINCE, REGION for continents, seas and regions, FACILITY for sites such as spaceports,
//     airports and bases, OTHER) exists on locations only. Every other property is derived from the
//     entity's incoming MENTIONS edges, through a tally each document's edges are added to and taken
//     away from when it is written, replaced or removed (so a write reads no other document's edges):
//       tallyNames, tallyNameDocuments = each MENTIONS.name and the number of edges with it
//       tallyKinds, tallyKindDocuments, tallyKindMentions = each MENTIONS.kind, the number of edges
//                       with it and the sum of their counts
//       tallyAliases, tallyAliasDocuments = each alias in some MENTIONS.aliases, and in how many
//       tallyTitles, tallyTitleDocuments = each title in some MENTIONS.titles, and in how many
//       tallyNormalizedTitles, tallyNormalizedTitleDocuments = the same for MENTIONS.normalizedTitles
//     and from the tally:
//       mentionCount  = sum of MENTIONS.count
//       documentCount = number of MENTIONS edges
//       aliases       = sorted union of MENTIONS.aliases
//       name          = the MENTIONS.name most documents use (ties: longer, then alphabetically first)
//       kind          = the MENTIONS.kind with most mentions, any kind beating OTHER (ties:
//                       alphabetically first)
//       titles, normalizedTitles = sorted union of MENTIONS.titles / .normalizedTitles, absent
//                       when empty (people only: see the relation edges below)
//     so they never depend on the order documents were ingested in. An entity no document mentions
//     any more is deleted.
//
// (:Mention {id, start, end, sentence, text, nerTag})
//     One span of a document's text: text = Document.text[start, end), in sentence number `sentence`.
//     `id` is "<document id>#<start>-<end>". `nerTag` is the recogniser's tag (PERSON, CITY, ...),
//     PRONOUN / NOMINAL for a mention attached through coreference, or NATIONALITY for a demonym
//     ("Russian") attached to the country the document names.
//
// (:Document)-[:HAS_MENTION]->(:Mention)-[:REFERS_TO]->(:Entity)
//     The evidence: every place a document refers to an entity.
//
// (:Document)-[:MENTIONS {count, name, aliases, kind?, titles?, normalizedTitles?,
//                         evidenceTypes?, evidenceObjects?, evidenceSentenceIndexes?, evidenceSentences?,
//                         evidenceStarts?, evidenceEnds?, evidenceConfidences?, evidenceMethods?,
//                         evidenceTitles?, evidenceNormalizedTitles?, evidenceFormer?}]->(:Entity)
//     The per-document summary, one edge per document and entity: `count` mentions in that document,
//     `name` and `aliases` as that document writes the entity, `kind` as that document classifies a
//     location, `titles` and `normalizedTitles` the titles it gives a person. The entity's derived
//     properties above are aggregates of these edges. The evidence lists hold the sentences in which
//     the document states relation facts whose subject is the entity (see the relation edges below),
//     one entry per sentence, by type, object, then offset: evidenceTypes[i] and evidenceObjects[i]
//     (the object's id) name the fact, evidenceSentenceIndexes[i], evidenceSentences[i] (the sentence
//     text), evidenceStarts[i], evidenceEnds[i] (character offsets into Document.text of the span
//     stating it), evidenceConfidences[i], evidenceMethods[i] ("kbp" = CoreNLP's KBP extractor, else a
//     pattern name), evidenceTitles[i], evidenceNormalizedTitles[i], evidenceFormer[i] (positions; ""
//     / false otherwise) say what it states. Absent when the document states no fact about it.
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
// (:Entity)-[:HOLDS_POSITION | MEMBER_OF | AFFILIATED_WITH | CITIZEN_OF | LIVES_IN | BORN_IN | LOCATED_IN | KILLED]->(:Entity)
//     A typed fact extracted from the text, one edge per subject, type and object:
//       HOLDS_POSITION   person -> organisation, country or person: a position there
//                        ("Deputy Defense Minister", "spokesperson", "advisor to")
//       MEMBER_OF        person or organisation -> organisation
//       AFFILIATED_WITH  person or organisation -> organisation (parent, political affiliation)
//       CITIZEN_OF       person -> country ("Russian President ...", "Russia's ... official")
//       LIVES_IN         person -> place ("John Smith of Springfield")
//       BORN_IN          person -> place ("was born in Springfield, Illinois")
//       LOCATED_IN       organisation or place -> place (based in, "Springfield, Illinois")
//       KILLED           person -> person
//     Every sentence that states the fact stays with its document, on the document's MENTIONS edge
//     to the subject (evidenceTypes[i] = the type, evidenceObjects[i] = the object's id), so writing
//     or removing a document reads and writes its own sentences, never the others'. The edge keeps
//     what they add up to, as a tally each document's sentences are added to and taken away from:
//       tallyLogDoubt = sum over the sentences of -ln(1 - confidence), in units of 10^-12 (a whole
//                       number, so it adds and subtracts exactly in any order);
//       tallyCertain  = the sentences of confidence 1
//       tallyTitles, tallyTitleSentences, tallyTitleFormerSentences, tallyNormalizedTitles,
//       tallyNormalizedTitleSentences, tallyNormalizedTitleFormerSentences =
//                       each non-empty title, the number of sentences giving it and how many of those
//                       call it former (HOLDS_POSITION only)
//     and from the tally:
//       confidence    = 1 - product of (1 - each sentence's confidence): more sentences, more confidence
//       evidenceCount = number of sentences; documentCount = number of documents stating it
//       titles, normalizedTitles = distinct non-empty titles (HOLDS_POSITION only)
//       formerTitles, formerNormalizedTitles = those of them every sentence giving them calls former
//                       ("who previously served as defense minister"); empty when none is (HOLDS_POSITION only)
//       current       = some title is not former, or no title is given ("former" is only said of a
//                       title) (HOLDS_POSITION only). The titles held now:
//                       [t IN r.titles WHERE NOT t IN r.formerTitles]
//     The sentences of a fact a-[T]->b:
//       MATCH (d:Document)-[m:MENTIONS]->(a) UNWIND range(0, size(m.evidenceTypes) - 1) AS i
//       WITH d, m, i WHERE m.evidenceTypes[i] = 'T' AND m.evidenceObjects[i] = b.id ...
//     (the entity-facts query in cypher/queries.cypher). kg moves the lists that edges written by an
//     earlier build hold (evidenceDocuments, ...) to their documents when it opens the graph, and
//     tallies again from their sentences the position edges an earlier build wrote with one
//     tallyCurrent for all their titles.
//     An edge no document states any more is deleted. Person nodes get `titles` and `normalizedTitles`:
//     the union of the titles each document gives them (kept per document on MENTIONS.titles and
//     MENTIONS.normalizedTitles, and counted in the person's tally), including positions whose place
//     the text does not name ("leader").
//
// (:Quote {id, text, start, end, sentence, documentId})
//     A direct quotation: text = Document.text[start, end), the words between the quotation marks.
//     `id` is "<document id>#<start>-<end>".
// (:Document)-[:HAS_QUOTE]->(:Quote)
// (:Entity)-[:SAID {confidence, method, evidenceCount, documents, evidenceDocuments, evidenceSentences,
//                   evidenceStarts, evidenceEnds}]->(:Quote)
//     Who said it, when kg could tell: a person, or an organisation or state that issued it; a
//     quotation two speakers gave together ("South Korea and Japan warned of ...") has a SAID from
//     each. `method` is speech-verb (subject or passive agent of a verb of saying in the sentence),
//     according-to, continuation (a quotation that goes on after the attribution), previous-sentence,
//     next-sentence or corenlp (CoreNLP's quote attribution). Quotes come and go with their document.
// (:Event {id, type, trigger, date?, dateText?, summary, confidence, expected, documentCount, evidence,
//     unnamedParticipants?, grouping})
//     Something that happened (or, `expected`, is told as to come), as one or more documents report
//     it: a visit, meeting, agreement,
//     statement, accusation, threat, request (a demand or order), deployment, attack, invasion,
//     killing, injury, arms transfer, transaction (a purchase or sale of anything but arms),
//     sanction, weapons test, arrest, prosecution, election, exercise, demonstration, destruction,
//     dismissal (an end of employment), release (from custody), evacuation (a flight or removal from
//     danger), smuggling, crime (a particular one, not crime in general) or outbreak (of a disease)
//     (`type`, kg's ontology; README "Events" maps it to KAIROS). `date` is what the text says, as
//     ISO yyyy-MM-dd, yyyy-MM or yyyy, never more precise than the words in `dateText` ("on
//     Wednesday", "in June"); absent when the text gives no year. `trigger` is the word of the first
//     report; `summary` one line of who did what, naming each entity by its current `name` (rewritten when
//     that changes) in alphabetical order within a role, and the event's place (docs/reference/events.md);
//     `confidence` 0..1 combines the reports' (noisy-or);
//     `evidence` lists up to 5 reports as "<document id>#<sentence index>". `expected` is true when
//     every report tells the event only as still to come: planned, expected, wanted or conditional
//     ("Putin will visit Pyongyang", "TO SELL", "called for talks", "if the talks fail"); one report
//     telling it as done ("arrived", "was killed", "held talks") makes it false. `unnamedParticipants`
//     lists those taking part whom no report names, as "<role>: <words>" ("target: 13 people", "agent:
//     the bomber"), each once whatever its case, from every report in report order; absent when there
//     are none. They are words, not entities: no part of what makes two reports one event ("a man" in
//     two documents need not be one man), and the summary gives them only for a role no name fills. `id` is
//     "event:<type>:<hash of its first report>", stable for a given set of reports. `grouping` is JSON
//     for the writer: the report that leads the group, its last report, its last with a year or no
//     date, the last such report that fitted it and another event, what its properties are folded
//     from (doubt, roles, counts, the account the summary is written from), and the finest date and distinct places, agent, people and
//     participant sets that a new report must agree with, of all its reports and of those dated to
//     the month or day, so a report that comes after those joins the event without reading its other
//     reports (README, "Events").
//
// (:Document)-[:REPORTS {report, type, sentence, start, end, evidence, trigger, participants, unnamed?,
//     placeId?, placeKind?, date?, dateText?, summary, confidence, expected}]->(:Event)
//     One document's account of the event: `type` is the account's own (a VISIT on a MEETING's node,
//     when a visit and a meeting are one occasion); `sentence`, `start`, `end` locate its first trigger
//     (character offsets into Document.text); `evidence` lists every trigger of that account as
//     "<sentence>:<start>:<end>"; the other properties are the account itself (`participants` as
//     "<role>|<entity id>", `unnamed` as "<role>|<words>|<sentence>:<start>:<end>" for each participant
//     the text does not name, `expected` when the document's first word for it tells it as still to
//     come and none tells it as done), from which the event is rebuilt whenever a document comes or
//     goes.
//
// (:Entity)-[:PARTICIPATED_IN {role, documents}]->(:Event)
//     `role` is agent, participant, target, recipient or object (the strongest any report gives);
//     `documents` counts the reports that name the entity.
//
// (:Event)-[:TOOK_PLACE_IN]->(:Location)
//     Where it happened: the most precise place the reports give (a city over its country).
//
//     Reports of different documents are one event when their type agrees (or a visit's traveller is
//     among those a meeting names, both naming places that fit and one dated to the month, the other
//     too, by that month's name, or, stating no time, by its Document.published within 31 days: a MEETING),
//     they share a participant (a person, when both name people), name no different agents, and their
//     dates and places fit
//     (README "Events"). Events are derived from the REPORTS edges alone, so they do not depend on
//     ingest order, and removing or replacing a document takes back what it reported; an event no
//     document reports is deleted.

// (:Name {id, persons, organizations, locations})
//     One name as the corpus uses it; `id` is "name:" plus its key (name:vladimir-putin). The counts
//     are its mentions over all documents by the type each was given: the majority is the type of the
//     entity it names. Deleted when no document uses it.
//
// (:Name)-[:HAS_KEY]->(:NameKey {id})
//     The keys under which shorter names find it: part:<first or last word>, initials:<letters>,
//     tail:<name without its first word>. A NameKey no Name has is deleted.
//
// (:Document)-[:USES_NAME {persons, organizations, locations}]->(:Name)
//     One document's uses of one name (the canonical names of its local entities); the Name's counts
//     are the sums over these edges.
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
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;

// Event lookups by type, as grouping reports across documents does, and timelines by date.
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
// A new report looks up the dated events of its type in its month (or year) by this index, so a write
// reads a month's events, not every event of the type (EventAppend).
CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date);
CREATE CONSTRAINT name_id IF NOT EXISTS FOR (n:Name) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT name_key_id IF NOT EXISTS FOR (k:NameKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT curation_rule_id IF NOT EXISTS FOR (r:CurationRule) REQUIRE r.id IS UNIQUE;

// The graph's write lock (dev.kg.graph.WriteLock). Every transaction that writes or removes a
// document or records or deletes a curation rule first runs
//   MERGE (lock:WriteLock {id: 'graph'}) DELETE lock
// which takes this constraint's exclusive entry lock for 'graph' until the transaction ends, so writers
// take turns whatever process they run in; deleting the node in the same statement means no
// (:WriteLock) node is ever committed, and `kg export` has none to show. Without this constraint the
// MERGE would lock nothing.
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE;

// A Spark run's record of each committed transaction that adds to counts (dev.kg.graph.BatchStage):
// a transaction run again (a retried task, or the next run finishing a batch that failed part way)
// finds its (:WriteBatch {id}), id <batch>/<stage>/<partition>/<chunk>, and writes nothing. The
// batch deletes its records when it ends.
CREATE CONSTRAINT write_batch_id IF NOT EXISTS FOR (b:WriteBatch) REQUIRE b.id IS UNIQUE;

// The Spark batch holding the graph (dev.kg.graph.PendingBatch, BatchHold): at most one, opened
// under the write lock, and while it exists every other writer is refused with a line naming it.
//   (:PendingBatch {id, fingerprint, documents, partitions, started, done: [step, ...], replaced: [documentId, ...]})
//     -[:HAS_PART]->(:PendingBatchPart {kind, seq, json})
// `fingerprint` is the sha256 of the batch's document ids and content hashes; `done` lists the steps
// finished (OPENED, REPLACED, each stage, EVENTS, SETTLED); the parts keep, as JSON a few thousand
// entries each, what a run finishing the batch reads back instead of deciding again: kind
// 'documents' (id -> sha256 of each document it writes), 'decisions' (name key -> identity decision) and 'before' (the
// graph's decisions before the batch). The batch deletes them all when it ends; a run that died
// leaves them for the next run of the same inputs, which finishes the batch. `kg export` shows them
// while they exist, so an export of a graph with an unfinished batch says so.
CREATE CONSTRAINT pending_batch_id IF NOT EXISTS FOR (b:PendingBatch) REQUIRE b.id IS UNIQUE;

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
