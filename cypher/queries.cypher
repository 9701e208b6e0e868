// Questions an analyst asks of a kg graph, as parameterised Cypher over the model in schema.cypher.
//
// Each query is preceded by a comment block: a `name:` line, what the query answers, and a
// `params:` line with example values, which exist in the sample articles kg ships (`kg demo`).
// Run one with `kg query`, giving each parameter with --param, e.g.
//   kg query --param name="Kaja Lind" --param limit=5 "$(cat my-query.cypher)"
// or paste it into Neo4j Browser (`kg serve`) after `:params {"name": "Kaja Lind", "limit": 5}`.
//
// Where a query takes an entity, give its id (person:kaja-lind), its name or any of its aliases
// (an entity's name is always among its aliases); find-entity and search-names find them. A name
// that several entities go by matches them all.
//
// Sentence text comes from the offsets on the document: sentence i of d is
//   substring(d.text, d.sentenceStarts[i], d.sentenceEnds[i] - d.sentenceStarts[i])
// and a CO_OCCURS_WITH edge's evidence "<document id>#<sentence index>" names one such sentence.
//
// kg explore, kg path and kg search run find-entity, search-names, entity-documents,
// entity-neighbourhood and shortest-paths, so changing their columns changes those commands.

// name: find-entity
// The entities a name stands for: every entity whose id is the name, or whose name or one of whose
// aliases is the name up to case, with its type, kind, aliases and how often the corpus mentions it.
// params: {"name": "lind"}
MATCH (e:Entity)
WHERE e.id = $name OR any(alias IN e.aliases WHERE toLower(alias) = toLower($name))
RETURN e.id AS id, e.type AS type, e.kind AS kind, e.name AS name, e.aliases AS aliases,
       e.mentionCount AS mentions, e.documentCount AS documents
ORDER BY documents DESC, mentions DESC, id;

// name: search-names
// Full-text search over the names and aliases of entities (index entityNames), best match first.
// The query is Lucene syntax: words, "a phrase", a prefix (Hof*), a fuzzy match (Hofbaur~), AND, OR.
// params: {"query": "Hofbaur~", "limit": 10}
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.type AS type, node.name AS name, node.aliases AS aliases,
       node.documentCount AS documents, round(score, 3) AS score
ORDER BY score DESC, id;

// name: entity-documents
// An entity's mentions over time: the documents that mention it, oldest first, with how often each
// does and the names it uses.
// params: {"name": "Kaja Lind", "limit": 20}
MATCH (e:Entity)<-[m:MENTIONS]-(d:Document)
WHERE e.id = $name OR $name IN e.aliases
RETURN d.id AS document, d.title AS title, d.published AS published, m.count AS mentions,
       m.aliases AS names
ORDER BY published, document
LIMIT $limit;

// name: entity-neighbourhood
// The neighbourhood of an entity: the entities it shares sentences with, grouped by type and
// strongest first (at most $limit per type), each with the first sentence that names both.
// params: {"name": "Kaja Lind", "limit": 5}
MATCH (e:Entity)-[c:CO_OCCURS_WITH]-(n:Entity)
WHERE e.id = $name OR $name IN e.aliases
WITH n, c
ORDER BY c.sentences DESC, c.documents DESC, n.name
WITH n.type AS type, collect({neighbour: n, edge: c})[..$limit] AS strongest
UNWIND strongest AS row
WITH type, row.neighbour AS n, row.edge AS c, row.edge.evidence[0] AS ref
WITH type, n, c, ref, toInteger(last(split(ref, '#'))) AS sentence
MATCH (d:Document {id: left(ref, size(ref) - size(toString(sentence)) - 1)})
RETURN type, n.id AS id, n.name AS name, c.sentences AS sentences, c.documents AS documents,
       d.id AS document, sentence,
       substring(d.text, d.sentenceStarts[sentence], d.sentenceEnds[sentence] - d.sentenceStarts[sentence]) AS evidence
ORDER BY type, sentences DESC, documents DESC, name;

// name: shortest-paths
// How two entities connect: the shortest chains of shared sentences between them, at most $maxHops
// long and $limit chains, one row per hop with the first sentence that names both of its ends.
// params: {"from": "Andris Ozols", "to": "Tomas Novak", "maxHops": 4, "limit": 3}
MATCH (a:Entity)
WHERE a.id = $from OR $from IN a.aliases
MATCH (b:Entity)
WHERE (b.id = $to OR $to IN b.aliases) AND b <> a
MATCH p = allShortestPaths((a)-[:CO_OCCURS_WITH*]-(b))
WITH p
WHERE length(p) <= $maxHops
WITH p
ORDER BY [n IN nodes(p) | n.name]
LIMIT $limit
WITH collect(p) AS paths
UNWIND range(1, size(paths)) AS path
WITH path, paths[path - 1] AS p
UNWIND range(1, length(p)) AS hop
WITH path, hop, nodes(p)[hop - 1] AS x, nodes(p)[hop] AS y, relationships(p)[hop - 1] AS c
WITH path, hop, x, y, c, c.evidence[0] AS ref
WITH path, hop, x, y, c, ref, toInteger(last(split(ref, '#'))) AS sentence
MATCH (d:Document {id: left(ref, size(ref) - size(toString(sentence)) - 1)})
RETURN path, hop, x.id AS fromId, x.name AS from, y.id AS toId, y.name AS to,
       c.sentences AS sentences, c.documents AS documents, d.id AS document, sentence,
       substring(d.text, d.sentenceStarts[sentence], d.sentenceEnds[sentence] - d.sentenceStarts[sentence]) AS evidence
ORDER BY path, hop;

// name: entity-sentences
// Every sentence that mentions an entity, by name or by pronoun, in the order the documents were
// published: the evidence behind its counts.
// params: {"name": "Pieter de Vries"}
MATCH (e:Entity)<-[:REFERS_TO]-(m:Mention)<-[:HAS_MENTION]-(d:Document)
WHERE e.id = $name OR $name IN e.aliases
WITH d, m
ORDER BY m.start
WITH d, m.sentence AS sentence, collect(m.text) AS mentions
RETURN d.id AS document, d.published AS published, sentence, mentions,
       substring(d.text, d.sentenceStarts[sentence], d.sentenceEnds[sentence] - d.sentenceStarts[sentence]) AS text
ORDER BY published, document, sentence;

// name: entity-names
// How each document writes an entity: the name and aliases it uses and, for a place, the kind it
// gives. The entity's own name and kind are the ones most documents use.
// params: {"name": "Pieter de Vries"}
MATCH (e:Entity)<-[m:MENTIONS]-(d:Document)
WHERE e.id = $name OR $name IN e.aliases
RETURN e.id AS entity, d.id AS document, m.name AS name, m.aliases AS aliases, m.kind AS kind,
       m.count AS mentions
ORDER BY entity, document;

// name: pronoun-mentions
// The mentions coreference attached to an entity (pronouns, and descriptions), with their sentences:
// what to check when an entity's counts look too high.
// params: {"name": "Pieter de Vries"}
MATCH (e:Entity)<-[:REFERS_TO]-(m:Mention)<-[:HAS_MENTION]-(d:Document)
WHERE (e.id = $name OR $name IN e.aliases) AND m.nerTag IN ['PRONOUN', 'NOMINAL']
RETURN d.id AS document, m.sentence AS sentence, m.text AS mention,
       substring(d.text, d.sentenceStarts[m.sentence], d.sentenceEnds[m.sentence] - d.sentenceStarts[m.sentence]) AS text
ORDER BY document, m.start;

// name: pair-sentences
// Every sentence that names both entities: all the evidence behind their CO_OCCURS_WITH edge, whose
// own evidence list keeps only the first five.
// params: {"a": "Yusuf Demirel", "b": "Turkey"}
MATCH (a:Entity)
WHERE a.id = $a OR $a IN a.aliases
MATCH (b:Entity)
WHERE b.id = $b OR $b IN b.aliases
MATCH (a)<-[:REFERS_TO]-(x:Mention)<-[:HAS_MENTION]-(d:Document)
MATCH (d)-[:HAS_MENTION]->(y:Mention)-[:REFERS_TO]->(b)
WHERE y.sentence = x.sentence
WITH DISTINCT d, x.sentence AS sentence
RETURN d.id AS document, d.title AS title, d.published AS published, sentence,
       substring(d.text, d.sentenceStarts[sentence], d.sentenceEnds[sentence] - d.sentenceStarts[sentence]) AS text
ORDER BY published, document, sentence;

// name: documents-mentioning-both
// The documents that mention both entities, anywhere in their text, with how often each and how many
// sentences name the two together.
// params: {"a": "Kaja Lind", "b": "Tallinn"}
MATCH (a:Entity)
WHERE a.id = $a OR $a IN a.aliases
MATCH (b:Entity)
WHERE b.id = $b OR $b IN b.aliases
MATCH (a)<-[ma:MENTIONS]-(d:Document)-[mb:MENTIONS]->(b)
CALL (a, b, d) {
  MATCH (a)<-[:REFERS_TO]-(x:Mention)<-[:HAS_MENTION]-(d)
  OPTIONAL MATCH (d)-[:HAS_MENTION]->(y:Mention)-[:REFERS_TO]->(b)
  WHERE y.sentence = x.sentence
  RETURN count(DISTINCT y.sentence) AS together
}
RETURN d.id AS document, d.title AS title, d.published AS published, ma.count AS mentionsOfA,
       mb.count AS mentionsOfB, together
ORDER BY published, document;

// name: common-neighbours
// What links two entities: the entities that share sentences with both, strongest links first.
// params: {"a": "Kaja Lind", "b": "Andris Ozols"}
MATCH (a:Entity)
WHERE a.id = $a OR $a IN a.aliases
MATCH (b:Entity)
WHERE b.id = $b OR $b IN b.aliases
MATCH (a)-[ca:CO_OCCURS_WITH]-(n:Entity)-[cb:CO_OCCURS_WITH]-(b)
RETURN n.type AS type, n.name AS name, ca.sentences AS sentencesWithA, cb.sentences AS sentencesWithB
ORDER BY sentencesWithA + sentencesWithB DESC, name;

// name: people-in-one-sentence
// Who met whom, as far as co-occurrence tells: pairs of people one sentence names together, where
// that sentence matches a regular expression (here: the word "met"), with the sentence.
// params: {"pattern": "(?is).*\\bmet\\b.*"}
MATCH (p:Person)-[:CO_OCCURS_WITH]->(q:Person)
MATCH (p)<-[:REFERS_TO]-(x:Mention)<-[:HAS_MENTION]-(d:Document)
MATCH (d)-[:HAS_MENTION]->(y:Mention)-[:REFERS_TO]->(q)
WHERE y.sentence = x.sentence
WITH DISTINCT p, q, d, x.sentence AS sentence
WITH p, q, d, sentence,
     substring(d.text, d.sentenceStarts[sentence], d.sentenceEnds[sentence] - d.sentenceStarts[sentence]) AS text
WHERE text =~ $pattern
RETURN p.name AS person, q.name AS other, d.id AS document, d.published AS published, text
ORDER BY published, document, sentence;

// name: country-connections
// The entities most connected to a country: those that share the most sentences with it.
// params: {"country": "Netherlands", "limit": 10}
MATCH (c:Location {kind: 'COUNTRY'})
WHERE c.id = $country OR $country IN c.aliases
MATCH (c)-[r:CO_OCCURS_WITH]-(e:Entity)
RETURN c.name AS country, e.type AS type, e.name AS name, r.sentences AS sentences,
       r.documents AS documents
ORDER BY sentences DESC, documents DESC, name
LIMIT $limit;

// name: strongest-pairs
// The corpus's strongest co-occurrences, over at least $minDocuments documents.
// params: {"minDocuments": 2, "limit": 10}
MATCH (a:Entity)-[c:CO_OCCURS_WITH]->(b:Entity)
WHERE c.documents >= $minDocuments
RETURN a.name AS entity, b.name AS other, c.sentences AS sentences, c.documents AS documents
ORDER BY sentences DESC, documents DESC, entity, other
LIMIT $limit;

// name: single-document-pairs
// Co-occurrences that rest on a single document, between entities of the given types, with the
// sentence: the connections to confirm elsewhere before relying on them.
// params: {"types": ["PERSON", "ORGANIZATION"], "limit": 20}
MATCH (a:Entity)-[c:CO_OCCURS_WITH]->(b:Entity)
WHERE c.documents = 1 AND a.type IN $types AND b.type IN $types
WITH a, b, c, c.evidence[0] AS ref
WITH a, b, c, ref, toInteger(last(split(ref, '#'))) AS sentence
MATCH (d:Document {id: left(ref, size(ref) - size(toString(sentence)) - 1)})
RETURN a.name AS entity, b.name AS other, c.sentences AS sentences, d.id AS document,
       d.source AS source,
       substring(d.text, d.sentenceStarts[sentence], d.sentenceEnds[sentence] - d.sentenceStarts[sentence]) AS evidence
ORDER BY entity, other
LIMIT $limit;

// name: single-source-entities
// Entities of a type that only one source reports: every document that mentions them comes from the
// same publisher (a document without a source credit counts as its own source).
// params: {"type": "PERSON"}
MATCH (e:Entity {type: $type})<-[:MENTIONS]-(d:Document)
WITH e, d
ORDER BY d.id
WITH e, collect(DISTINCT coalesce(d.source, d.id)) AS sources, collect(d.id) AS documents
WHERE size(sources) = 1
RETURN e.name AS name, sources[0] AS source, documents
ORDER BY name;

// name: most-mentioned
// The entities of a type that most documents mention, with their mentions and how many entities they
// share sentences with.
// params: {"type": "PERSON", "limit": 10}
MATCH (e:Entity {type: $type})
RETURN e.name AS name, e.documentCount AS documents, e.mentionCount AS mentions,
       COUNT { (e)-[:CO_OCCURS_WITH]-() } AS neighbours
ORDER BY documents DESC, mentions DESC, name
LIMIT $limit;

// name: locations-by-kind
// Places of one kind (COUNTRY, CITY, STATE_OR_PROVINCE or OTHER), most mentioned first.
// params: {"kind": "CITY", "limit": 20}
MATCH (l:Location {kind: $kind})
RETURN l.name AS name, l.aliases AS aliases, l.documentCount AS documents, l.mentionCount AS mentions
ORDER BY documents DESC, mentions DESC, name
LIMIT $limit;

// name: documents-in-period
// The documents published between two dates (inclusive), with the people they name.
// params: {"from": "2025-03-01", "to": "2025-04-30"}
MATCH (d:Document)
WHERE date($from) <= d.published <= date($to)
RETURN d.published AS published, d.id AS document, d.title AS title, d.source AS source,
       [(d)-[:MENTIONS]->(p:Person) | p.name] AS people
ORDER BY published, document;

// name: mentions-by-month
// A timeline of one type of entity: for each month of publication between two dates, the entities
// of that type the documents mention, and in how many documents.
// params: {"type": "PERSON", "from": "2025-01-01", "to": "2025-12-31"}
MATCH (d:Document)-[m:MENTIONS]->(e:Entity {type: $type})
WHERE date($from) <= d.published <= date($to)
RETURN date.truncate('month', d.published) AS month, e.name AS name, count(d) AS documents,
       sum(m.count) AS mentions
ORDER BY month, documents DESC, name;

// name: source-entities
// What a source writes about: the entities its documents mention, most widely covered first.
// params: {"source": "Harbour Gazette", "limit": 20}
MATCH (d:Document {source: $source})-[m:MENTIONS]->(e:Entity)
RETURN e.type AS type, e.name AS name, count(d) AS documents, sum(m.count) AS mentions
ORDER BY documents DESC, mentions DESC, name
LIMIT $limit;

// name: document-entities
// A document's cast: the entities it mentions, in the order it first mentions them.
// params: {"document": "04-port-visit.html"}
MATCH (d:Document {id: $document})-[m:MENTIONS]->(e:Entity)
CALL (d, e) {
  MATCH (d)-[:HAS_MENTION]->(x:Mention)-[:REFERS_TO]->(e)
  RETURN min(x.start) AS first
}
RETURN e.type AS type, e.name AS name, m.count AS mentions, m.aliases AS names, first
ORDER BY first;

// Roles, affiliations and quotations
// ---------------------------------
// Relation edges (HOLDS_POSITION, MEMBER_OF, AFFILIATED_WITH, CITIZEN_OF, LIVES_IN, BORN_IN,
// LOCATED_IN, KILLED) carry what their sentences add up to (confidence, evidenceCount, documentCount,
// titles); each sentence stays on its document's MENTIONS edge to the fact's subject, as parallel
// lists: evidenceTypes[i], evidenceObjects[i] name the fact, evidenceSentences[i], evidenceStarts[i],
// evidenceEnds[i] are one supporting sentence. kg explain runs entity-facts and entity-titles and
// entity-quotes, so changing their columns changes that command.

// name: entity-facts
// Every relation fact about an entity, in either direction, with its titles, confidence and the
// sentences that support it, strongest first.
// params: {"name": "Kaja Lind"}
MATCH (e:Entity)
WHERE e.id = $name OR any(alias IN e.aliases WHERE toLower(alias) = toLower($name))
MATCH (e)-[r]-(other:Entity)
WHERE r.tallyLogDoubt IS NOT NULL
CALL (r) {
  WITH startNode(r) AS subject, type(r) AS type, endNode(r).id AS object
  MATCH (d:Document)-[m:MENTIONS]->(subject)
  WHERE m.evidenceTypes IS NOT NULL
  UNWIND range(0, size(m.evidenceTypes) - 1) AS i
  WITH d, m, i, type, object
  WHERE m.evidenceTypes[i] = type AND m.evidenceObjects[i] = object
  WITH d, m, i ORDER BY d.id, i
  RETURN collect(d.id) AS documents, collect(m.evidenceSentences[i]) AS sentences,
         collect(m.evidenceStarts[i]) AS starts, collect(m.evidenceEnds[i]) AS ends,
         collect(m.evidenceMethods[i]) AS methods
}
RETURN e.id AS id, type(r) AS type, startNode(r) = e AS outgoing, other.id AS otherId,
       other.name AS other, r.titles AS titles, r.formerTitles AS formerTitles, r.current AS current,
       r.confidence AS confidence, r.evidenceCount AS evidenceCount, r.documentCount AS documentCount,
       documents, sentences, starts, ends, methods
ORDER BY confidence DESC, type, otherId;

// name: entity-titles
// The titles the corpus gives an entity, as written and normalised, including positions whose place
// the text does not name ("leader").
// params: {"name": "Kaja Lind"}
MATCH (e:Entity)
WHERE (e.id = $name OR any(alias IN e.aliases WHERE toLower(alias) = toLower($name))) AND e.titles IS NOT NULL
RETURN e.id AS id, e.titles AS titles, e.normalizedTitles AS normalized;

// name: entity-quotes
// What an entity said: its quotations, with the document, the sentence and how sure the attribution is.
// params: {"name": "Andris Ozols"}
MATCH (e:Entity)
WHERE e.id = $name OR any(alias IN e.aliases WHERE toLower(alias) = toLower($name))
MATCH (e)-[s:SAID]->(q:Quote)<-[:HAS_QUOTE]-(d:Document)
RETURN e.id AS id, q.text AS quote, d.id AS document, q.start AS start, s.confidence AS confidence,
       s.method AS method, s.evidenceSentences[0] AS sentence
ORDER BY document, start;

// name: people-titles
// People and the titles the corpus gives them, as written and normalised, most documented first.
// params: {"limit": 20}
MATCH (p:Person)
WHERE p.titles IS NOT NULL
RETURN p.name AS person, p.titles AS titles, p.normalizedTitles AS normalized, p.documentCount AS documents
ORDER BY documents DESC, person
LIMIT $limit;

// name: position-holders
// Who holds (or held) a position at an organisation or country, with the titles, those the text gives
// only as former, and whether some title is current.
// params: {"name": "Estonia"}
MATCH (place:Entity)
WHERE place.id = $name OR any(alias IN place.aliases WHERE toLower(alias) = toLower($name))
MATCH (p:Person)-[r:HOLDS_POSITION]->(place)
RETURN p.name AS person, r.titles AS titles, r.formerTitles AS formerTitles, r.current AS current,
       r.confidence AS confidence, r.documentCount AS documents
ORDER BY confidence DESC, person;

// name: affiliations
// Every membership, affiliation, citizenship and location edge, strongest first: who belongs to or
// is based where.
// params: {"limit": 25}
MATCH (a:Entity)-[r:MEMBER_OF|AFFILIATED_WITH|CITIZEN_OF|LIVES_IN|BORN_IN|LOCATED_IN]->(b:Entity)
WITH a, r, b
ORDER BY r.confidence DESC, a.name, type(r), b.name
LIMIT $limit
CALL (a, r, b) {
  MATCH (d:Document)-[m:MENTIONS]->(a)
  WHERE any(i IN range(0, size(coalesce(m.evidenceTypes, [])) - 1)
            WHERE m.evidenceTypes[i] = type(r) AND m.evidenceObjects[i] = b.id)
  WITH d ORDER BY d.id
  RETURN collect(d.id) AS documents
}
RETURN a.name AS subject, type(r) AS type, b.name AS object, r.confidence AS confidence,
       r.evidenceCount AS sentences, documents
ORDER BY confidence DESC, subject, type, object;

// name: quotes-by-speaker
// Who is quoted most, in how many documents, with one of their quotations.
// params: {"limit": 10}
MATCH (e:Entity)-[:SAID]->(q:Quote)
WITH e, count(q) AS quotes, count(DISTINCT q.documentId) AS documents, collect(q.text)[0] AS example
RETURN e.name AS speaker, e.type AS type, quotes, documents, example
ORDER BY quotes DESC, speaker
LIMIT $limit;

// name: single-source-facts
// Relation facts only one document supports: what to corroborate before relying on it.
// params: {"limit": 25}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.tallyLogDoubt IS NOT NULL AND r.documentCount = 1
WITH a, r, b
ORDER BY r.confidence DESC, a.name, type(r), b.name
LIMIT $limit
CALL (a, r, b) {
  MATCH (d:Document)-[m:MENTIONS]->(a)
  WHERE m.evidenceTypes IS NOT NULL
  UNWIND range(0, size(m.evidenceTypes) - 1) AS i
  WITH d, m, i
  WHERE m.evidenceTypes[i] = type(r) AND m.evidenceObjects[i] = b.id
  RETURN d.id AS document, m.evidenceSentences[i] AS sentence
  ORDER BY i LIMIT 1
}
RETURN a.name AS subject, type(r) AS type, b.name AS object, r.confidence AS confidence, document, sentence
ORDER BY confidence DESC, subject, type, object;

// name: event-timeline
// Events in date order (undated last), each with its participants and roles, those taking part whom
// the text does not name ("target: 13 people"), its place, whether the documents tell it only as
// still to come (expected: "will visit", "called for talks"), and the documents that report it with
// the sentence of each report. With a name, only the events that
// entity took part in; with null, every event. kg timeline runs this query.
// params: {"name": "Kaja Lind"}
MATCH (e:Event)
WHERE $name IS NULL OR EXISTS {
  MATCH (x:Entity)-[:PARTICIPATED_IN]->(e)
  WHERE x.id = $name OR any(alias IN x.aliases WHERE toLower(alias) = toLower($name))
}
CALL (e) {
  OPTIONAL MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
  WITH x, p ORDER BY p.role, x.name
  RETURN collect(x.name + ' (' + p.role + ')') AS participants
}
CALL (e) {
  OPTIONAL MATCH (e)-[:TOOK_PLACE_IN]->(l:Location)
  RETURN l.name AS place
}
CALL (e) {
  MATCH (d:Document)-[r:REPORTS]->(e)
  WITH d, r ORDER BY d.id
  RETURN collect(d.id + '#' + r.sentence) AS sources,
         collect(substring(d.text, d.sentenceStarts[r.sentence],
                           d.sentenceEnds[r.sentence] - d.sentenceStarts[r.sentence]))[0] AS sentence
}
RETURN e.date AS date, e.dateText AS dateText, e.type AS type, coalesce(e.expected, false) AS expected,
       e.trigger AS trigger, participants, coalesce(e.unnamedParticipants, []) AS unnamed, place, sources,
       e.confidence AS confidence, sentence, e.id AS id
ORDER BY e.date IS NULL, e.date, type, id;

// name: who-met-whom
// Pairs of people who took part in one meeting, visit or agreement, with the event, its date and
// how many documents report it: a fact stated in the text, not a shared sentence.
// params: {"limit": 20}
MATCH (a:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Person)
WHERE e.type IN ['MEETING', 'VISIT', 'AGREEMENT'] AND a.id < b.id
RETURN a.name AS person, b.name AS other, e.type AS type, e.date AS date,
       e.documentCount AS documents, e.id AS event
ORDER BY documents DESC, date, person, other
LIMIT $limit;

// name: events-reported-by-several-documents
// Events that more than one document reports: the ones kg merged across articles, with the
// documents behind each.
// params: {"limit": 20}
MATCH (d:Document)-[:REPORTS]->(e:Event)
WITH e, collect(d.id) AS documents
WHERE size(documents) > 1
RETURN e.type AS type, e.date AS date, e.summary AS summary, documents
ORDER BY size(documents) DESC, date, type
LIMIT $limit;

// Questions that wait for facts the model does not hold yet:
// - Sources that contradict each other: needs facts with polarity; single-source-facts counts sources.
// - What happens in a country's cities: country-connections could follow LOCATED_IN edges.