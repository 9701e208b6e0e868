package dev.kg.extract.event;

import static dev.kg.extract.event.TriggerWords.partOfSpeech;
import static dev.kg.extract.event.TriggerWords.triggerLemma;

import dev.kg.extract.DependencyIndex;
import dev.kg.extract.EntityType;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Finds event triggers in the dependency parse and fills their roles from it, sentence by sentence.
 *
 * <p>A trigger is a verb, common noun or adjective whose lemma {@link EventType} lists ("met", "visit",
 * "dead"). Its arguments are its dependents, read by relation: a verb's subject is its agent (the one
 * who dies or buys excepted), its object what the type says ("visited Pyongyang" is the place, "signed
 * a treaty" the object), {@code with} and {@code between} give participants, {@code by} the agent,
 * {@code in}/{@code at} a place when it names a location, {@code to} a destination or recipient,
 * {@code against}/{@code on} a target. A noun's possessor and {@code of} complement take the roles its type
 * gives them ("Putin's visit", "the invasion of Ukraine"); a noun that is the object of a plain verb or
 * the purpose of one ("held talks", "arrived for talks") takes that verb's subject as agent (as target
 * when the verb says the subject underwent it: "survived an attack"), as one that a clause placing its
 * subject somewhere is for takes that subject and that place ("the minister was in Hanoi for talks"),
 * and a noun that is the subject or agent of a plain verb takes what that verb acts on as target, and
 * its place ("the explosion targeted a bakery in Lyon", "was shattered by a blast"). Who "claimed
 * responsibility for", "was responsible for" or "was involved in" an event is its agent, and a copular
 * clause places an event noun that is its subject ("the worst explosion was at the bus station"). A
 * weapon is what an attack, killing or wounding was done with, not who did it ("killed by a roadside
 * bomb"), and only a being is killed, wounded or arrested: a word CoreNLP's animacy lists give as
 * inanimate only is no target of those. A past participle with a subject and no auxiliary is a passive
 * whose auxiliary a headline left out ("two soldiers killed in Kandahar"): its subject is the one
 * killed. An adjective of death qualifying an event ("the fatal shooting of a student") names a death
 * of whom that event befell, where it happened. An event with no place of its own takes the named place
 * its target or object is in ("strikes on rebel positions in Aleppo"), and a phrase that names an event
 * itself ("the blast killed five") is no argument of another: it is a cause, not an agent or a victim.
 * A common noun with a name in apposition is represented by the name ("a teacher, Maria Lind, died"), a
 * group by who leads it or a member it names ("a delegation led by X", "officials, including Y"), and a
 * relative pronoun by the phrase it stands for. The date is the date expression attached to the
 * trigger, or to the phrase it hangs from. Noun triggers that are the object of a verb trigger of their
 * type ("signed a treaty") are that verb's object, not an event of their own.
 *
 * <p>A word of a name is no trigger ("Halvard Acquiring Corp"). A word that does not report
 * something happening is no trigger: a negated one ("did not attack", "without attacking"), an event
 * noun a negated verb takes as object ("has not issued a statement"), a hypothetical one (under
 * "would", "could", "might", "may", "should", "can" or "must", its own or, for a verb in its bare form,
 * that of the verb it is joined to, or an infinitive or participle that a verb of wanting, planning,
 * urging or failing governs: "called on the government to declare"), an event noun that a verb only
 * says takes place or is done where that verb is denied or modal ("meetings can have happened", "the
 * vote was not held"), what a word of forbidding or a verb of
 * preventing governs ("a ban on protests", "forbidden from travelling", "stopped them from attacking"),
 * a strike that stops work ("went on strike"), a noun that only classifies another ("weapons
 * of mass destruction", "a kind of protest") or names a unit of armed forces by what it is for ("the
 * strike force"), what is only speculated or rumoured about ("speculation over an attack"), the death
 * a court sentences someone to, a noun under "any" or "such" ("ready for any attack") or
 * a bare plural said to be rare or common ("bombings are rare"), what a
 * charge is "of" ("charges of murder"), a threat nobody makes ("the threat of terrorism", "wildfires pose
 * a threat"), the custody a release ends ("released from custody"), travel that
 * names neither who goes nor where ("the police arrived"), what someone calls an event ("called the
 * explosion an attack": a name for it, not one more) and an event named as the time of another ("heard
 * gunshots during the raids"; a visit, meeting or statement one attends excepted). Nor is a line
 * without a verb, a heading or list item that names a topic ("== The attack ==").
 *
 * <p>A word is read in the sense its sentence gives it: a purchase, sale, delivery or shipment is an
 * arms transfer when what changes hands is arms ("supplied Russia with shells", "arms shipments"), a
 * purchase or sale of anything else a transaction ("sold her car"), a delivery of anything else no
 * event; "struck a deal" makes an agreement and "shot baskets" harms no one, so neither is an attack; one
 * who signs a letter or a petition makes no agreement; one
 * who fires a person dismisses them, one who fires rockets or on a crowd no one;
 * "demonstrated that" shows something, a campaign rally gathers supporters and a state that protests
 * objects through its diplomats, and none is a protest; an explosion by accident that no one set off
 * ("two accidental explosions") is no attack.
 *
 * <p>The steps, sentence by sentence and word by word: {@link TriggerWords} reads a word's lemma and
 * part of speech, and {@link EventType} the type it lists them under; {@link TriggerSenses} reads the
 * sense the sentence gives the word and {@link TriggerGates} whether it reports something that happens.
 * For a trigger, {@link RoleFiller} fills the roles: {@link ArgumentRoles} gives the role each
 * dependent plays, {@link HostClauses} the clause an event noun hangs from, {@link PlacePhrases} where
 * a phrase places it and {@link PhraseEntities} the entity a phrase stands for; {@link TriggerDates}
 * dates it.
 */
final class EventDetector {

  /** The NER classes of a name of someone: a word CoreNLP tags with one is part of that name. */
  private static final Set<String> NAME_PARTS = Set.of("ORGANIZATION", "PERSON");

  private final TriggerSenses senses;
  private final RoleFiller roles;

  /**
   * @param entityAt the entity a token of a sentence refers to (by name, or as a pronoun through
   *     coreference), or {@code null}
   * @param entityTypes the type of each entity {@code entityAt} can return
   */
  EventDetector(BiFunction<Integer, Token, String> entityAt, Map<String, EntityType> entityTypes) {
    PhraseEntities entities = new PhraseEntities(entityAt, entityTypes);
    this.senses = new TriggerSenses(entities);
    this.roles = new RoleFiller(entities);
  }

  List<EventMention> detect(AnnotatedText annotated, List<EventDate> dates) {
    List<EventMention> mentions = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      if (sentence.tokens().stream().noneMatch(t -> t.pos().startsWith("VB") || t.pos().equals("MD"))) {
        // A line without a verb is a heading, caption or list item ("== The attack ==", "* 2014
        // Bagram Airfield bombing"): it names a topic the text reports elsewhere, not an event.
        continue;
      }
      DependencyIndex parse = new DependencyIndex(sentence);
      for (Token token : sentence.tokens()) {
        trigger(parse, token)
            .map(type -> roles.mention(parse, token, type, dates))
            .filter(mention -> !TriggerGates.goesNowhereNamed(mention, token)
                && !TriggerSenses.anAccident(mention, parse, token))
            .ifPresent(mentions::add);
      }
    }
    return mentions;
  }

  private Optional<EventType> trigger(DependencyIndex parse, Token token) {
    if (NAME_PARTS.contains(token.ner())) {
      // "a buyout agreement with Halvard Acquiring Corp": a word of a name is no event.
      return Optional.empty();
    }
    char pos = partOfSpeech(token);
    String lemma = triggerLemma(parse, token);
    Optional<EventType> type = EventType.forTrigger(lemma, pos);
    if (type.isEmpty() && pos == 'V' && TriggerSenses.sendsForces(parse, token)) {
      // "dispatched thousands of soldiers": sending deploys only forces, so the verbs of sending are no
      // trigger words of their own, and a message "sent to the police" stays what a threat is given by.
      type = Optional.of(EventType.MILITARY_DEPLOYMENT);
    }
    if (type.isEmpty()) {
      return type;
    }
    if (lemma.equals("warn") && pos == 'V' && (senses.says(parse, token) || senses.alerts(parse, token))) {
      // "The United States warned that the deal could violate sanctions" says something is so, and
      // "locals warned the police of their fears" tells them: statements, where "warned Pyongyang to
      // stop" and "threatened to strike" coerce.
      return Optional.of(EventType.STATEMENT);
    }
    if (type.get() == EventType.REQUEST && !TriggerSenses.asks(parse, token)) {
      return Optional.empty();
    }
    if (type.get() == EventType.WEAPONS_TEST && !senses.testsWeapon(parse, token)) {
      return Optional.empty();
    }
    if (type.get() == EventType.TRANSACTION || type.get() == EventType.ARMS_TRANSFER) {
      type = TriggerSenses.transfersArms(parse, token)
          ? Optional.of(EventType.ARMS_TRANSFER)
          : type.filter(t -> t == EventType.TRANSACTION);
      if (type.isEmpty()) {
        return type;
      }
    }
    if (!TriggerGates.occurs(parse, token, pos)) {
      return Optional.empty();
    }
    if (type.get() == EventType.CRIME && !TriggerGates.particular(parse, token)) {
      return Optional.empty();
    }
    if (type.get() == EventType.OUTBREAK && TriggerSenses.startsAnEvent(parse, token)) {
      return Optional.empty();
    }
    if (pos == 'N' && !TriggerGates.OCCASIONS.contains(type.get()) && TriggerGates.timesAnother(parse, token)) {
      return Optional.empty();
    }
    if (type.get() == EventType.THREAT && pos == 'N' && TriggerGates.namesADanger(parse, token)) {
      return Optional.empty();
    }
    if (type.get() == EventType.ARREST && pos == 'N' && TriggerGates.custodyLeft(parse, token)) {
      return Optional.empty();
    }
    if (type.get() == EventType.DEMONSTRATION
        && (pos == 'V'
            ? TriggerSenses.shows(parse, token) || TriggerSenses.objectsAsAState(parse, token)
            : TriggerSenses.campaigns(parse, token))) {
      return Optional.empty();
    }
    if (type.get() == EventType.ATTACK && pos == 'V'
        && (TriggerSenses.concludesAnAgreement(parse, token) || senses.shootsAThing(parse, token))) {
      return Optional.empty();
    }
    if (type.get() == EventType.ATTACK && pos == 'N' && TriggerSenses.stopsWork(parse, token)) {
      return Optional.empty();
    }
    if (type.get() == EventType.KILLING && pos == 'N' && TriggerSenses.aPenalty(parse, token)) {
      return Optional.empty();
    }
    if (type.get() == EventType.AGREEMENT && pos == 'V' && TriggerSenses.signsNoAgreement(parse, token)) {
      return Optional.empty();
    }
    if (type.get() == EventType.MEETING && pos == 'V' && TriggerSenses.meetsAThing(parse, token)) {
      return Optional.empty();
    }
    if (type.get() == EventType.DISMISSAL && !senses.firesSomeone(parse, token, pos)) {
      return Optional.empty();
    }
    if (TriggerSenses.PERSONAL.contains(type.get()) && senses.undergoneByAThing(parse, token, pos)) {
      // "captured the territory", "dismissed the rumours", "the FBI released photos": one arrests, sets
      // free or dismisses a person; what a thing undergoes is another sense of the word.
      return Optional.empty();
    }
    if (pos == 'N' && TriggerGates.objectOfItsVerb(parse, token, type.get())) {
      return Optional.empty();
    }
    return type;
  }
}
