package dev.kg.graph;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.curate.CurationRule;
import dev.kg.curate.CurationRules;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.name.NameKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The analyst's {@link CurationRule}s as {@code (:CurationRule)} nodes in the graph, and what the
 * curation commands need to know about the graph to make and apply them. {@link GraphWriter} applies
 * the rules to every document it writes ({@link #rules}), read inside the document's transaction.
 * Recording and deleting a rule take the graph's {@link WriteLock}, as document writes do, so a
 * document is written either before a rule exists or under it, never while it comes or goes.
 *
 * Making or undoing a rule writes again, in the same transaction, the documents it concerns from
 * their stored extractions (rules apply to an extraction as it is written), so no document is analysed
 * again and a crash leaves either the old rules and graph or the new ones.
 *
 * <pre>{@code
 * Curation curation = new Curation(driver);
 * Curation.Applied merged = curation.record(seq -> CurationRule.merge(seq, "organization:kcna", agency));
 * merged.documents();  // the documents now written under the rule
 * }</pre>
 */
public final class Curation {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static final String RULES = "MATCH (r:CurationRule) RETURN properties(r) AS rule ORDER BY r.seq";

  // Read under the graph's write lock, so two curators at once take consecutive numbers.
  private static final String NEXT_SEQ =
      "OPTIONAL MATCH (r:CurationRule) RETURN coalesce(max(r.seq), 0) + 1 AS seq";

  private static final String CREATE_RULE =
      "CREATE (r:CurationRule) SET r = $properties, r.id = $id";

  private static final String DELETE_RULE =
      "MATCH (r:CurationRule {seq: $seq}) DELETE r";

  private static final String FIND_ENTITY =
      "MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.type AS type, e.kind AS kind, e.name AS name";

  private static final String ENTITY_ALIASES = "MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases";

  private static final String DOCUMENTS_MENTIONING =
      """
      UNWIND $entityIds AS entityId
      MATCH (d:Document)-[:MENTIONS]->(:Entity {id: entityId})
      RETURN DISTINCT d.id AS id ORDER BY id
      """;

  private static final String ENTITY_NAMES =
      "MATCH (d:Document)-[m:MENTIONS]->(:Entity) RETURN d.id AS document, m.aliases AS aliases";

  private final Driver driver;

  public Curation(Driver driver) {
    this.driver = Objects.requireNonNull(driver, "driver");
  }

  /** The rules in {@code tx}, to apply to every document the transaction writes. */
  static CurationRules rules(TransactionContext tx) {
    return rules(tx.run(RULES).list(row -> row.get("rule")));
  }

  /** The rules from their nodes' properties, in order. */
  static CurationRules rules(List<Value> rows) {
    return new CurationRules(
        rows.stream().map(rule -> JSON.convertValue(new HashMap<>(rule.asMap()), CurationRule.class)).toList());
  }

  /** Every rule, in order. */
  public List<CurationRule> rules() {
    try (Session session = driver.session()) {
      return session.executeRead(Curation::rules).rules();
    }
  }

  /**
   * Stores a new rule numbered after the last one and writes again, in the same transaction, every
   * document it concerns, so the graph and its rules never disagree, whatever stops the process.
   *
   * @param rule the rule, given its number
   */
  public Applied record(IntFunction<CurationRule> rule) {
    return write(
        tx -> {
          CurationRule made = rule.apply(tx.run(NEXT_SEQ).single().get("seq").asInt());
          @SuppressWarnings("unchecked")
          Map<String, Object> properties = JSON.convertValue(made, Map.class);
          tx.run(CREATE_RULE, Map.of("properties", properties, "id", made.id())).consume();
          List<String> documents =
              made.alias() != null && made.entity() == null
                  ? documentsNaming(tx, made.alias())
                  : documentsMentioning(tx, List.of(made.entity()));
          return Optional.of(rewrite(tx, made, documents));
        })
        .orElseThrow();
  }

  /**
   * Deletes rule {@code seq} and writes again, in the same transaction, the documents it or a later
   * rule concerns, which the later rules then decide as if it had never been; empty when there is no
   * such rule.
   */
  public Optional<Applied> undo(int seq) {
    return write(
        tx -> {
          List<CurationRule> rules = rules(tx).rules();
          Optional<CurationRule> undone = rules.stream().filter(rule -> rule.seq() == seq).findFirst();
          if (undone.isEmpty()) {
            return Optional.empty();
          }
          TreeSet<String> documents = new TreeSet<>();
          for (CurationRule rule : rules) {
            if (rule.seq() >= seq) {
              documents.addAll(documentsMentioning(tx, rule.entityIds()));
              if (rule.alias() != null) {
                documents.addAll(documentsNaming(tx, rule.alias()));
              }
            }
          }
          tx.run(DELETE_RULE, Map.of("seq", seq)).consume();
          return Optional.of(rewrite(tx, undone.get(), List.copyOf(documents)));
        });
  }

  /** A rule made or undone, and the documents written again for it, sorted. */
  public record Applied(CurationRule rule, List<String> documents) {}

  private Optional<Applied> write(Function<TransactionContext, Optional<Applied>> work) {
    try (Session session = driver.session()) {
      return session.executeWrite(
          tx -> {
            WriteLock.take(tx);
            return work.apply(tx);
          });
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
  }

  private static Applied rewrite(TransactionContext tx, CurationRule rule, List<String> documents) {
    documents.forEach(document -> GraphWriter.rewriteStored(tx, document));
    return new Applied(rule, documents);
  }

  /** The entity {@code id} as a rule's target, or empty when the graph has no such entity. */
  public Optional<CurationRule.Target> entity(String id) {
    try (Session session = driver.session()) {
      List<Record> found = session.executeRead(tx -> tx.run(FIND_ENTITY, Map.of("id", id)).list());
      return found.stream()
          .findFirst()
          .map(
              e ->
                  new CurationRule.Target(
                      e.get("id").asString(),
                      EntityType.valueOf(e.get("type").asString()),
                      e.get("kind").isNull() ? null : LocationKind.valueOf(e.get("kind").asString()),
                      e.get("name").asString()));
    }
  }

  /** Whether entity {@code id} goes by {@code name} (up to spelling) in some document. */
  public boolean isCalled(String id, String name) {
    NameKey key = NameKey.of(name);
    try (Session session = driver.session()) {
      List<Record> found = session.executeRead(tx -> tx.run(ENTITY_ALIASES, Map.of("id", id)).list());
      return found.stream()
          .flatMap(row -> row.get("aliases").asList(Value::asString).stream())
          .anyMatch(alias -> NameKey.isName(alias) && NameKey.of(alias).equals(key));
    }
  }

  /** The ids of the documents that mention any of {@code entityIds}, sorted. */
  public List<String> documentsMentioning(Collection<String> entityIds) {
    try (Session session = driver.session()) {
      return session.executeRead(tx -> documentsMentioning(tx, entityIds));
    }
  }

  private static List<String> documentsMentioning(TransactionContext tx, Collection<String> entityIds) {
    return tx.run(DOCUMENTS_MENTIONING, Map.of("entityIds", List.copyOf(entityIds))).list(r -> r.get("id").asString());
  }

  /** The ids of the documents that call some entity {@code name}, up to spelling, sorted. */
  private static List<String> documentsNaming(TransactionContext tx, String name) {
    NameKey key = NameKey.of(name);
    TreeSet<String> documents = new TreeSet<>();
    for (Record row : tx.run(ENTITY_NAMES).list()) {
      if (row.get("aliases").asList(Value::asString).stream().anyMatch(a -> NameKey.isName(a) && NameKey.of(a).equals(key))) {
        documents.add(row.get("document").asString());
      }
    }
    return List.copyOf(documents);
  }
}
