package dev.kg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kg.eval.WikiEventsDocument.GoldArgument;
import dev.kg.eval.WikiEventsDocument.GoldEvent;
import dev.kg.eval.WikiEventsDocument.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads RAMS 1.0 (Ebner et al. 2020) windows as {@link WikiEventsDocument}s, each with its one
 * annotated event in KAIROS terms, so that kg's predictions go through the same ontology mapping as
 * on WikiEvents. RAMS types are AIDA's ({@code conflict.attack.firearmattack}); {@link #kairos} maps
 * those whose meaning a KAIROS type shares, and leaves the rest ({@code government.*},
 * {@code personnel.*}, correspondence, ...) as {@code RAMS:<type>}, which no kg type covers. Roles
 * are renamed to the KAIROS role of the same meaning ({@code passenger} to {@code PassengerArtifact}).
 *
 * <pre>{@code
 * List<WikiEventsDocument> windows = RamsReader.read(Path.of("../shared/data/rams/dev.jsonlines"));
 * }</pre>
 */
public final class RamsReader {

  /** RAMS type prefix to KAIROS type, most specific first; a prefix ends at a dot or the type's end. */
  private static final List<Map.Entry<String, String>> TYPES =
      List.of(
          Map.entry("conflict.attack", "Conflict.Attack.Unspecified"),
          Map.entry("conflict.demonstrate", "Conflict.Demonstrate.Unspecified"),
          Map.entry("life.die", "Life.Die.Unspecified"),
          Map.entry("life.injure", "Life.Injure.Unspecified"),
          Map.entry("movement.transportperson", "Movement.Transportation.Unspecified"),
          Map.entry("movement.transportartifact", "Movement.Transportation.Unspecified"),
          Map.entry("contact.threatencoerce", "Contact.ThreatenCoerce.Unspecified"),
          Map.entry("justice.arrestjaildetain", "Justice.ArrestJailDetain.Unspecified"),
          Map.entry("justice.initiatejudicialprocess.chargeindict", "Justice.ChargeIndict.Unspecified"),
          Map.entry("justice.initiatejudicialprocess.trialhearing", "Justice.TrialHearing.Unspecified"),
          Map.entry("justice.judicialconsequences.convict", "Justice.Convict.Unspecified"),
          Map.entry("justice.releaseparole", "Justice.ReleaseParole.Unspecified"),
          Map.entry("personnel.endposition", "Personnel.EndPosition.Unspecified"),
          Map.entry("artifactexistence.damagedestroy", "ArtifactExistence.DamageDestroyDisableDismantle.Unspecified"),
          Map.entry("transaction.transferownership.purchase", "Transaction.ExchangeBuySell.Unspecified"),
          Map.entry("transaction.transfermoney.purchase", "Transaction.ExchangeBuySell.Unspecified"));

  /** RAMS contact events by their last part, the medium: a meeting, or a statement made in public. */
  private static final Map<String, String> CONTACT_MEDIA =
      Map.of("meet", "Contact.Contact.Meet", "broadcast", "Contact.Contact.Broadcast");

  /**
   * RAMS contact events that ask someone to do something ("urged people to avoid the area", "ordered
   * the evacuation", "recommended a ceasefire"): KAIROS's Contact.RequestCommand, whatever the medium,
   * not a meeting or a statement.
   */
  private static final Set<String> REQUESTS = Set.of("commandorder", "requestadvise");

  /** RAMS role to KAIROS role where the names differ by more than capitalisation. */
  private static final Map<String, String> ROLES =
      Map.of(
          "passenger", "PassengerArtifact",
          "damagerdestroyer", "Damager",
          "destroyer", "Damager",
          "placeofemployment", "PlaceOfEmployment",
          "judgecourt", "JudgeCourt");

  private RamsReader() {}

  /** Reads every line of a RAMS JSON Lines file. */
  public static List<WikiEventsDocument> read(Path file) throws IOException {
    return JsonLines.read(file, "a RAMS window", RamsReader::parse);
  }

  private static WikiEventsDocument parse(JsonNode node) {
    List<List<String>> sentences = new ArrayList<>();
    for (JsonNode sentence : node.required("sentences")) {
      List<String> tokens = new ArrayList<>();
      sentence.forEach(token -> tokens.add(token.asText()));
      sentences.add(tokens);
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode trigger : node.required("evt_triggers")) {
      String type = trigger.get(2).get(0).get(0).asText();
      Span span = new Span(trigger.get(0).asInt(), trigger.get(1).asInt() + 1);
      String kairos = kairos(type);
      List<GoldArgument> arguments = new ArrayList<>();
      for (JsonNode link : node.path("gold_evt_links")) {
        if (link.get(0).get(0).asInt() == span.start()) {
          JsonNode argument = link.get(1);
          arguments.add(new GoldArgument(new Span(argument.get(0).asInt(), argument.get(1).asInt() + 1),
              role(link.get(2).asText(), kairos)));
        }
      }
      events.add(new GoldEvent(kairos, span, arguments));
    }
    return new WikiEventsDocument(node.required("doc_key").asText(), sentences, events);
  }

  /** The KAIROS type of a RAMS type, or {@code RAMS:<type>} when KAIROS has none of its meaning. */
  static String kairos(String ramsType) {
    String[] parts = ramsType.split("\\.");
    if (parts[0].equals("contact") && parts.length == 3 && REQUESTS.contains(parts[1])) {
      return "Contact.RequestCommand.Unspecified";
    }
    if (parts[0].equals("contact") && parts.length == 3 && CONTACT_MEDIA.containsKey(parts[2])
        && !parts[1].equals("threatencoerce")) {
      return CONTACT_MEDIA.get(parts[2]);
    }
    for (Map.Entry<String, String> entry : TYPES) {
      if (ramsType.equals(entry.getKey()) || ramsType.startsWith(entry.getKey() + ".")) {
        return entry.getValue();
      }
    }
    return "RAMS:" + ramsType;
  }

  /** The KAIROS name of a RAMS role such as {@code evt089arg01victim}, given the event's KAIROS type. */
  static String role(String ramsRole, String kairos) {
    String name = ramsRole.replaceFirst("^evt\\d+arg\\d+", "");
    if (name.equals("artifact")) {
      return kairos.startsWith("Movement.") ? "PassengerArtifact"
          : kairos.startsWith("Transaction.") ? "AcquiredEntity" : "Artifact";
    }
    String renamed = ROLES.get(name);
    return renamed != null ? renamed : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
