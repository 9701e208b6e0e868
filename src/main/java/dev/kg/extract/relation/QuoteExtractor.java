package dev.kg.extract.relation;

import dev.kg.extract.Animacy;
import dev.kg.extract.CommunicationVerbs;
import dev.kg.extract.DependencyIndex;
import dev.kg.extract.EntityType;
import dev.kg.extract.Evidence;
import dev.kg.extract.Mention;
import dev.kg.extract.Quote;
import dev.kg.nlp.AnnotatedText.CorefChain;
import dev.kg.nlp.AnnotatedText.CorefMention;
import dev.kg.nlp.AnnotatedText.Quotation;
import dev.kg.nlp.AnnotatedText.Span;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Direct quotations and who said them. The speaker is, in order of preference:
 *
 * <ol>
 *   <li>the subject of a verb of saying in the quotation's sentence ("..., said Adrienne Watson";
 *       "KCNA stated that talks were held in a 'comradely' atmosphere"; "she declared that North
 *       Korea would 'stand firmly ...'"), resolved to an entity through its mention, pronouns
 *       included (through coreference, else the person the sentence before the quotation has for its
 *       subject or quotes, also across a paragraph break, or for "it"/"they" the organisation it has
 *       for subject), every conjunct of a coordinated subject a speaker ("South Korea and Japan ...
 *       warning of 'escalating provocations'"); the verb whose clause holds the quotation comes
 *       before a nearer one that does not; a passive verb's subject is its agent ("described by
 *       KCNA as") and it has none without one ("was described as"); a subject that is a statement,
 *       report or spokesman stands for the entity that issued it or the source it cites ("a
 *       statement from the ministry said", "KCNA's report said", "a spokesman for Greenpeace
 *       said"), or the person in apposition where the parser hung the name on the issuer ("said
 *       spokesman for the Brigades, Abu Ubaida"); the object of a verb the "as saying" hangs from
 *       ("the AP quoted Abbas as saying"), never the one quoting. When that subject is no entity
 *       ("a joint statement emphasised ...", "Reuters quoted a central bank official as saying")
 *       the quotation has no speaker; a definite description of one person that coreference joins
 *       to no one ("..., said the head coach", "said the Canadian") is read as an unresolved "he";
 *   <li>the source after "according to" in its sentence ("..., according to the ministry",
 *       "according to reports from Russian media citing the Security Council's press team");
 *   <li>for a quotation that stands alone as its own sentence, the speaker a bare report right after
 *       it names ("'Is he saying that ...?' Boisclair said in response."), or none where that report
 *       names nobody ("the party asked");
 *   <li>the speaker of the quotation just before it, when this one stands alone as its own sentence
 *       (a quotation continued after "..., she said."), in the same paragraph or opening the next
 *       one after a paragraph that ended inside the quotation, with no sentence of the writer's own
 *       between them; none where that speaker is a voice the text does not name ("he said" left
 *       unresolved);
 *   <li>the subject of a verb of saying in the sentence before it in its paragraph (or before it
 *       and ending in a colon), or else in the sentence after it, when that sentence quotes nobody
 *       itself; for words in the first person, the person the sentence before is about when it has
 *       no verb of saying ("Choe spoke after the talks. 'We will ...'");
 *   <li>CoreNLP's quote attribution.
 * </ol>
 *
 * A quoted line on its own without a sentence's final punctuation (a headline) is no quotation; one
 * that ends like a sentence is a paragraph of quotation. A quotation with several speakers gives one
 * {@link Quote} per speaker, which the graph writes as one quote node each of them said.
 */
final class QuoteExtractor {

  private static final Set<String> SPEECH_VERBS = CommunicationVerbs.QUOTING;
  /** Verbs whose object is the source a report passes on: "Russian media citing the press team". */
  private static final Set<String> CITING_VERBS = Set.of("cite", "quote");
  /** The words a speaker names themselves by in the first person. */
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");
  /** How an issuer hangs from the statement or spokesman it issued or has. */
  private static final Set<String> ISSUER_RELATIONS = Set.of("nmod:poss", "nmod:by", "nmod:from", "nmod:of", "nmod:for");
  private static final String MARKS = "\"“”‘’'«»„‟‹›";
  /** The marks that open or close a quotation and never stand inside a word, as an apostrophe does. */
  private static final String DOUBLE_MARKS = "\"“”«»„‟";

  private static final int NAME_AFTER_VERB_CHARS = 40;
  /** How far back an unresolved "he" or "she" looks for the last person named. */
  private static final int PERSON_SENTENCES_BACK = 3;

  private final String text;
  private final EntityIndex index;
  private final List<ParsedSentence> sentences;
  private final List<Quotation> quotations;
  private final List<CorefChain> chains;
  /** The quotes attributed so far, in text order. */
  private final List<Quote> quotes = new ArrayList<>();
  /**
   * The position of the sentence ending the last quotation when a voice the text does not name as an
   * entity said it ("he said", "a statement said") and it holds a verb (someone's words, not a marked
   * term: "the self-described 'pretentious' pen name"); -1 otherwise.
   */
  private int unnamedVoiceEnd;

  QuoteExtractor(
      String text,
      EntityIndex index,
      List<ParsedSentence> sentences,
      List<Quotation> quotations,
      List<CorefChain> chains) {
    this.text = text;
    this.index = index;
    this.sentences = sentences;
    this.quotations = List.copyOf(quotations);
    this.chains = List.copyOf(chains);
  }

  /** The quotes of the quotations, once each. */
  List<Quote> extract() {
    quotes.clear();
    unnamedVoiceEnd = -1;
    List<Quote> previous = List.of();
    int previousEnd = -1;
    for (Quotation quotation : quotations) {
      int start = wordsStart(quotation);
      int end = quotation.end();
      while (end > start && (MARKS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
        end--;
      }
      if (start >= end || standsAlone(quotation) || isMarkupValue(quotation)) {
        continue;
      }
      ParsedSentence sentence = sentenceAt(start);
      if (sentence == null) {
        continue;
      }
      List<Integer> speechVerbs = speechVerbs(sentence, quotation);
      if (QuotedNames.isName(text, sentence, quotation, speechVerbs) || QuotedNames.isTerm(text, sentence, quotation, speechVerbs)) {
        // a name or a term in quotation marks is no one's words, and the quotations around it go on as if it were not there
        quotes.add(new Quote(text.substring(start, end), null, new Evidence(sentence.index(), start, end), 0, "none"));
        continue;
      }
      List<Quote> attributed = attribute(quotation, sentence, start, end, previous, previousEnd);
      quotes.addAll(attributed);
      previous = attributed;
      previousEnd = quotation.end();
    }
    return List.copyOf(quotes);
  }

  /** One quote per speaker of {@code quotation} (several for "Seoul and Tokyo warned of ..."), or one without. */
  private List<Quote> attribute(
      Quotation quotation, ParsedSentence sentence, int start, int end, List<Quote> previous, int previousEnd) {
    String words = text.substring(start, end);
    Evidence evidence = new Evidence(sentence.index(), start, end);
    // the words go on right after the sentence that voice ended in
    boolean continued = unnamedVoiceEnd >= 0 && sentences.indexOf(sentence) == unnamedVoiceEnd + 1;
    unnamedVoiceEnd = -1;
    boolean saidBySomethingElse = false;
    List<Mention> said = saidIn(sentence, quotation);
    ParsedSentence last = sentenceAt(end - 1);
    if (said.isEmpty() && last != null && last != sentence && !holdsDoubleMark(words)) {
      // a quotation of several sentences is said by the verb after its last one: "“... he is innocent.
      // He has declared ... his good name,” said attorney Ted Wells." (not one with a mark inside, which
      // CoreNLP paired across two quotations: '... the means,"said Olmert ... commented. "He wishes')
      said = saidIn(last, quotation);
    }
    if (!said.isEmpty()) {
      return said.stream()
          .map(mention -> new Quote(words, mention.entityId(), evidence, mention.isName() ? 0.9 : 0.8, "speech-verb"))
          .toList();
    }
    List<Integer> verbs = speechVerbs(sentence, quotation);
    for (int verb : verbs) {
      // a passive without an agent ("what was described as ...") says someone unnamed said it, and so
      // does a verb whose clause holds the quotation in a sentence that opens with its verb, the subject
      // left out (", , addressed the crowd, saying “...”", where the source lost the names): CoreNLP
      // would guess the speaker before. A subject the parse merely missed ("“...,” said Canada's Trade
      // Minister Jim Peterson") has words before the verb, and CoreNLP's guess stays
      int reporter = reporter(sentence, verb, verbs, quotation);
      saidBySomethingElse |= !subjectsOf(sentence, reporter, quotation).isEmpty()
          || reach(sentence, verb, quotation) < Integer.MAX_VALUE
              && (isPassive(sentence, verb)
                  || subjectsOf(sentence, reporter, null).isEmpty() && opensWithVerb(sentence));
    }
    Optional<Mention> source = accordingTo(sentence, quotation);
    if (source.isPresent()) {
      return List.of(new Quote(words, source.get().entityId(), evidence, source.get().isName() ? 0.85 : 0.75, "according-to"));
    }
    if (saidBySomethingElse) {
      unnamedVoiceEnd = holdsVerb(quotation) ? sentences.indexOf(last == null ? sentence : last) : -1;
      return List.of(new Quote(words, null, evidence, 0, "none"));
    }
    boolean wholeSentence = fillsSentence(sentence, quotation);
    if (wholeSentence) {
      // "“Is he saying that ...?” Boisclair said in response.": the splitter ended the sentence at the
      // question mark, and the bare report after it is this quotation's, not a continuation of the one before
      List<Quote> reported = reportAfter(sentence, words, evidence);
      if (!reported.isEmpty()) {
        return reported;
      }
    }
    if (!previous.isEmpty() && wholeSentence && continues(previousEnd, quotation)) {
      if (continued) {
        // the words go on in the voice kg could not name ("“Check our offices,” he said. “They can
        // examine my pulse ...”"), so CoreNLP's guess for them is no better than for the first part
        unnamedVoiceEnd = sentences.indexOf(last == null ? sentence : last);
        return List.of(new Quote(words, null, evidence, 0, "none"));
      }
      if (previous.get(0).speakerId() != null) {
        return previous.stream()
            .map(quote -> new Quote(words, quote.speakerId(), evidence, quote.confidence() * 0.9, "continuation"))
            .toList();
      }
    }
    if (wholeSentence) {
      List<Quote> neighbour = neighbourSpeakers(sentence, quotation, words, evidence);
      if (!neighbour.isEmpty()) {
        return neighbour;
      }
    }
    if (!holdsVerb(quotation)) {
      // a quoted phrase without a verb that no verb of saying reports is a name or a term the writer
      // marks ("the 'yeas and nays'", "a 'preferred prime minister' poll", "in 'close collaboration'"),
      // not someone's words: on 30 Wikinews articles CoreNLP named a speaker for 4 such phrases, all wrong
      return List.of(new Quote(words, null, evidence, 0, "none"));
    }
    for (Span speaker : new Span[] {quotation.speaker(), quotation.canonicalSpeaker()}) {
      if (speaker != null && !between(speaker.start(), quotation.start()).contains("\n")) {
        Optional<Mention> mention = index.mentionOver(speaker.start(), speaker.end());
        if (mention.isPresent()) {
          return List.of(new Quote(words, mention.get().entityId(), evidence, 0.5, "corenlp"));
        }
      }
    }
    return List.of(new Quote(words, null, evidence, 0, "none"));
  }

  /**
   * The speakers a verb of saying in {@code sentence} names, outside {@code quotation} (null for a
   * sentence read for a quotation in another): the entities of its subjects (every conjunct of "Seoul
   * and Tokyo warned"), or the issuer of a statement that is its subject, or a name right after it.
   */
  private List<Mention> saidIn(ParsedSentence sentence, Quotation quotation) {
    List<Integer> verbs = speechVerbs(sentence, quotation);
    for (int verb : verbs) {
      if (quotesThroughAs(sentence, verb, verbs)) {
        // "Reuters quoted a central bank official as saying": the one quoting reports the words, the
        // one quoted said them, and an official the text does not name leaves the quotation no speaker
        continue;
      }
      int reporter = reporter(sentence, verb, verbs, quotation);
      List<Integer> subjects = subjectsOf(sentence, reporter, quotation);
      if (subjects.isEmpty()) {
        Optional<Mention> named = quotation == null ? Optional.empty() : nameAfter(sentence, verb, quotation);
        if (named.isPresent()) {
          return List.of(named.get());
        }
        subjects = quotation == null ? List.of() : invertedSubject(sentence, verb, quotation);
        if (subjects.isEmpty()) {
          continue;
        }
      }
      List<Mention> speakers = new ArrayList<>();
      for (int subject : subjects) {
        // a description is no pronoun that coreference may have misread: a company names itself in its
        // own statements ("The company said it expects '... the opportunity for Amoco to expand sales'")
        boolean pronoun = sentence.token(subject).pos().startsWith("PRP");
        // "said the American" is a person, not the country the demonym names
        boolean person = describesAPerson(sentence, subject);
        speakerAt(sentence, subject).filter(m -> !person || m.isName())
            .filter(m -> !pronoun || !namedInside(m, sentence, quotation, reporter))
            .or(() -> issuerOf(sentence, subject, 0))
            .or(() -> describedEarlier(sentence, subject).filter(m -> !pronoun || !namedInside(m, sentence, quotation, reporter)))
            .or(() -> pronounAntecedent(sentence, subject, quotation))
            .filter(m -> speakers.stream().noneMatch(other -> other.entityId().equals(m.entityId())))
            .ifPresent(speakers::add);
      }
      if (!speakers.isEmpty()) {
        return speakers;
      }
    }
    return List.of();
  }

  /**
   * The entity that issued a statement, report or the like which is the subject of a verb of saying:
   * the source it cites ("reports from Russian media citing the Security Council's press team"), else
   * its possessor or the entity after "by", "from", "of" or "for" ("a statement from the Foreign
   * Ministry", "a spokesman for the ministry"), looked for through common nouns a few levels down.
   */
  private Optional<Mention> issuerOf(ParsedSentence sentence, int noun, int depth) {
    if (!sentence.token(noun).pos().startsWith("NN") || depth > 3) {
      return Optional.empty();
    }
    for (int citing : sentence.dependents(noun, r -> r.equals("acl"))) {
      if (CITING_VERBS.contains(sentence.token(citing).lemma().toLowerCase(Locale.ROOT))) {
        for (int cited : sentence.dependents(citing, r -> r.equals("obj"))) {
          Optional<Mention> source = issuer(sentence, cited, depth);
          if (source.isPresent()) {
            return source;
          }
        }
      }
    }
    // a being's words are their own ("Varga's lawyer said", "his wife said"): only an organisation
    // or a country speaks through the people it has ("Greenpeace's spokesman", "the ministry's
    // official"); after "for" or "of" a person is still taken, as the parser hangs the name after
    // a title there ("spokesman for transport Owen Markham said")
    boolean being = Animacy.coreNlp().mayBeABeing(sentence.token(noun).lemma());
    if (!being) {
      // a statement or report made by someone holds their words ("a statement issued by department
      // spokesman Carlos Gutierrez", "a report released by the ministry"); what is done to a being
      // ("a man hurt by police") gives no word of the one who did it
      for (int made : sentence.dependents(noun, r -> r.equals("acl"))) {
        if (!sentence.token(made).pos().equals("VBN")) {
          continue;
        }
        for (int author : sentence.dependents(made, r -> r.equals("obl:by") || r.equals("obl:agent"))) {
          Optional<Mention> source = issuer(sentence, author, depth);
          if (source.isPresent()) {
            return source;
          }
        }
      }
    }
    for (var edge : sentence.dependents(noun)) {
      if (!ISSUER_RELATIONS.contains(edge.relation())) {
        continue;
      }
      boolean owner = edge.relation().equals("nmod:poss") && being;
      // a person in apposition to the issuer names the one who speaks for it, where the parser hung the
      // name on the nearer noun ("said spokesman for the Brigades, Abu Ubaida"): an organisation is no person
      Optional<Mention> holder = being && !owner ? personInApposition(sentence, edge.dependent()) : Optional.empty();
      if (holder.isPresent()) {
        return holder;
      }
      Optional<Mention> mention = issuer(sentence, edge.dependent(), depth)
          .filter(m -> !owner || index.typeOf(m.entityId()) != EntityType.PERSON);
      if (mention.isPresent()) {
        return mention;
      }
    }
    return Optional.empty();
  }

  /** The person named in apposition to {@code token}, when {@code token} names no person itself. */
  private Optional<Mention> personInApposition(ParsedSentence sentence, int token) {
    boolean person = index.mentionAt(sentence.token(token))
        .filter(m -> index.typeOf(m.entityId()) == EntityType.PERSON).isPresent();
    if (person) {
      return Optional.empty();
    }
    return sentence.dependents(token, r -> r.equals("appos")).stream()
        .flatMap(named -> index.mentionAt(sentence.token(named)).stream())
        .filter(m -> index.typeOf(m.entityId()) == EntityType.PERSON)
        .findFirst();
  }

  /** The entity named at {@code token} that can issue words (no place but a country), or the issuer below it. */
  private Optional<Mention> issuer(ParsedSentence sentence, int token, int depth) {
    return index.mentionAt(sentence.token(token))
        .filter(this::canSpeak)
        .or(() -> issuerOf(sentence, token, depth + 1));
  }

  /** Whether the entity {@code mention} names can issue words: any but a place that is no country. */
  private boolean canSpeak(Mention mention) {
    return index.typeOf(mention.entityId()) != EntityType.LOCATION || index.isCountry(mention.entityId());
  }

  /**
   * The one entity that coreference links a subject naming none to, where the text named it earlier
   * by a description of its own: "the company said" after "General Public Utilities Corp said", "The
   * Iranian spokesman said" or "He said" after "a Foreign Ministry spokesman" (the ministry, as the
   * spokesman's words are its). Each earlier mention of the chain is read as a subject would be (its
   * name, a name compounded or in apposition with it, its issuer), a place but a country speaking for
   * no one ("the Ohio Democrat" is no word of Ohio's, where coreference joined the two); none where they
   * give no entity or more than one. Pronouns coreference attached to an entity already have their mention, so this
   * reaches only chains that no name heads.
   */
  private Optional<Mention> describedEarlier(ParsedSentence sentence, int subject) {
    if (index.mentionAt(sentence.token(subject)).isPresent()) {
      return Optional.empty();
    }
    for (CorefChain chain : chains) {
      boolean holds = chain.mentions().stream()
          .anyMatch(m -> m.sentence() == sentence.index() && m.headToken() == subject);
      if (!holds) {
        continue;
      }
      List<Mention> earlier = new ArrayList<>();
      for (CorefMention mention : chain.mentions()) {
        if (mention.sentence() > sentence.index()
            || mention.sentence() == sentence.index() && mention.headToken() >= subject) {
          continue;
        }
        ParsedSentence there = sentences.get(mention.sentence());
        speakerAt(there, mention.headToken()).or(() -> issuerOf(there, mention.headToken(), 0))
            .filter(this::canSpeak)
            .ifPresent(earlier::add);
      }
      boolean one = earlier.stream().map(Mention::entityId).distinct().count() == 1;
      return one ? Optional.of(earlier.get(earlier.size() - 1)) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether {@code speaker} is a pronoun that coreference attached to someone the quotation it reports
   * names ("“... all those who feel Mr Blair and the Liberal Democrats take their votes for granted,” he
   * will say", with "he" taken for Blair), or someone named in what {@code verb} reports ("He said the
   * speech would be short and that Reagan would “look beyond the horizon”", with "he" taken for Reagan):
   * a speaker names others, and themselves as "I" or "he", so the pronoun is read as if coreference had
   * left it unresolved ("he" or "she" is then the person the sentence before is about, "it" or "they" the
   * organisation it has for subject). A description ("the company") is no such pronoun.
   */
  private boolean namedInside(Mention speaker, ParsedSentence sentence, Quotation quotation, int verb) {
    if (speaker.isName()) {
      return false;
    }
    Set<Integer> reported = reported(sentence, verb);
    return index.mentionsIn(speaker.entityId(), sentence.index()).stream().filter(Mention::isName)
        .anyMatch(m -> quotation != null && m.start() >= quotation.start() && m.end() <= quotation.end()
            || reported.stream()
                .anyMatch(t -> sentence.token(t).start() >= m.start() && sentence.token(t).end() <= m.end()));
  }

  /** The tokens of what {@code verb} says: everything that hangs from it but its subjects and their words. */
  private static Set<Integer> reported(ParsedSentence sentence, int verb) {
    Set<Integer> seen = new HashSet<>(List.of(verb));
    Deque<Integer> pending = new ArrayDeque<>();
    sentence.dependents(verb).stream()
        .filter(edge -> !edge.relation().startsWith("nsubj") && !edge.relation().equals("obl:agent"))
        .forEach(edge -> pending.push(edge.dependent()));
    while (!pending.isEmpty()) {
      int token = pending.pop();
      if (seen.add(token)) {
        sentence.dependents(token).stream().filter(edge -> !edge.relation().equals("ref"))
            .forEach(edge -> pending.push(edge.dependent()));
      }
    }
    seen.remove(verb);
    return seen;
  }

  /**
   * The person "he" or "she" stands for when coreference left it unresolved, or resolved it to someone
   * the quotation names: the person who is the subject of the sentence before the quotation
   * ("Town noted ... However, she highlighted"), a passive's too ("Courtney was asked by Agius, '...?'
   * She replied"), else the person whose words the sentence before quoted ("Spokesman Owen Markham
   * said: '...' He said ..."), the one the reader has just heard from, else the person named last a
   * few sentences before ({@link #lastPersonNamed}). That sentence may end the
   * paragraph before, as news opens a paragraph with a quotation whose speaker the last one named
   * ("Hawke said ... \n\n'I've never felt fitter ...,' he said"); a quotation of several sentences
   * looks before its first one, not before the sentence its "he said" ends ("'... So I don't believe
   * it. I think it is what it takes,' he said"). An unresolved "it" or "they" is likewise the
   * organisation that is the subject of the sentence before ("AM International said ... \n\nIt said
   * orders 'continue to run at a strong pace.'"), never a person.
   */
  private Optional<Mention> pronounAntecedent(ParsedSentence sentence, int pronoun, Quotation quotation) {
    ParsedSentence opening = quotation == null ? sentence : sentenceAt(Math.min(wordsStart(quotation), sentence.start()));
    int position = sentences.indexOf(opening);
    boolean person = Set.of("he", "she").contains(sentence.lower(pronoun)) || describesAPerson(sentence, pronoun);
    boolean organisation = Set.of("it", "they").contains(sentence.lower(pronoun));
    if (!person && !organisation || position < 1) {
      return Optional.empty();
    }
    ParsedSentence before = sentences.get(position - 1);
    Optional<Mention> antecedent = subjectOf(before, person ? EntityType.PERSON : EntityType.ORGANIZATION);
    if (antecedent.isPresent() || !person) {
      return antecedent;
    }
    return quotes.stream()
        .filter(quote -> quote.evidence().start() < before.end() && quote.evidence().end() > before.start()
            && quote.speakerId() != null
            && index.typeOf(quote.speakerId()) == EntityType.PERSON)
        .flatMap(quote -> index.lastNameBefore(quote.speakerId(), before.end()).stream())
        .findFirst()
        .or(() -> lastPersonNamed(position));
  }

  /**
   * The entity of {@code type} that is the subject (or a passive's) of {@code sentence}'s main verb, which
   * the parser hangs as a {@code dep} from a quotation mark it made the root ('the start." Double try
   * scorer Martyn Williams was keen ...').
   */
  private Optional<Mention> subjectOf(ParsedSentence sentence, EntityType type) {
    List<Integer> mains = new ArrayList<>();
    for (int root = 0; root < sentence.size(); root++) {
      if (sentence.heads(root).isEmpty()) {
        mains.add(root);
        if (!Character.isLetterOrDigit(sentence.token(root).word().charAt(0))) {
          mains.addAll(sentence.dependents(root, r -> r.equals("dep")));
        }
      }
    }
    for (int main : mains) {
      for (int subject : sentence.dependents(main, r -> r.equals("nsubj") || r.equals("nsubj:pass"))) {
        Optional<Mention> entity = speakerAt(sentence, subject).filter(m -> index.typeOf(m.entityId()) == type);
        if (entity.isPresent()) {
          return entity;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code token} is a definite description of one person that names no one ("the national team
   * coach", "the defender", "the American"): a singular noun with "the" that CoreNLP's animacy lists give
   * as a being only, or a demonym standing as a noun, with no name of its own. Where coreference joins it
   * to no one, news uses it as it uses "he" or "she", for the person the sentences before are about
   * ("Mike Ruddock paid tribute to his side ... '...,' said the national team coach").
   */
  private boolean describesAPerson(ParsedSentence sentence, int token) {
    Token noun = sentence.token(token);
    Optional<Mention> mention = index.mentionAt(noun);
    // the tagger makes a demonym heading a subject NNP or JJ ("the American", "the Canadian")
    boolean demonym = noun.ner().equals("NATIONALITY") && mention.filter(Mention::isName).isEmpty();
    boolean being = noun.pos().equals("NN") && mention.isEmpty() && Animacy.coreNlp().isAnimate(noun.lemma());
    boolean definite = sentence.dependents(token, r -> r.equals("det")).stream().anyMatch(d -> sentence.lower(d).equals("the"));
    return (demonym || being) && definite;
  }

  /**
   * The subject a verb of saying that follows the quotation and has no subject of its own puts after
   * itself, which the parser takes for its object ("'...,' said the national team coach."): the object
   * right after the verb, when nothing but a comma or a closing mark stands between quotation and verb.
   */
  private List<Integer> invertedSubject(ParsedSentence sentence, int verb, Quotation quotation) {
    if (sentence.token(verb).start() < quotation.end()
        || between(quotation.end(), sentence.token(verb).start()).strip().length() > 1) {
      return List.of();
    }
    return sentence.dependents(verb, r -> r.equals("obj")).stream()
        .filter(object -> object > verb)
        .toList();
  }

  /**
   * The person named last in the few sentences before sentence {@code position}, where the sentences
   * after that name mention no person, and that person acts or speaks there (a subject, or the name a
   * verb of saying introduces): with no one named in between, "he" can only go back to them ("... said
   * Sandvine's chief technology officer Marc Morin. In a bid to cope, providers are ... It could become
   * common to charge people ... '...,' he said"). A person only acted on there ("the attempt to take over
   * Hero Conserven Lenzburg", a company NER took for a person) is no antecedent to rely on, and a
   * sentence between whose verb of saying has a subject other than "he" or "she" brings in a voice the
   * text may not name ("Deputies said Zhao was not forceful enough. One said the state had cut spending
   * ... '...,' he said" is the deputy's, not Zhao's).
   */
  private Optional<Mention> lastPersonNamed(int position) {
    for (int back = position - 1; back >= Math.max(0, position - PERSON_SENTENCES_BACK); back--) {
      ParsedSentence there = sentences.get(back);
      List<Mention> persons = index.mentionsIn(back).stream()
          .filter(m -> index.typeOf(m.entityId()) == EntityType.PERSON)
          .toList();
      if (persons.isEmpty()) {
        if (reportsAnotherVoice(there)) {
          return Optional.empty();
        }
        continue;
      }
      String last = persons.stream().max(Comparator.comparingInt(Mention::start)).orElseThrow().entityId();
      return persons.stream()
          .filter(m -> m.isName() && m.entityId().equals(last))
          .filter(name -> isSubject(there, name) || introducedBySpeech(there, name))
          .findFirst();
    }
    return Optional.empty();
  }

  /**
   * Whether a verb of saying in {@code sentence} has a subject that is no personal pronoun, or none
   * the parse finds ("One said", "one young man who protested said"), in a sentence that names no person.
   */
  private boolean reportsAnotherVoice(ParsedSentence sentence) {
    return speechVerbs(sentence, null).stream().anyMatch(verb -> {
      List<Integer> subjects = subjectsOf(sentence, verb, null);
      return subjects.isEmpty() || subjects.stream().anyMatch(t -> !sentence.token(t).pos().equals("PRP"));
    });
  }

  private static boolean isSubject(ParsedSentence sentence, Mention name) {
    return sentence.head(sentence.lastToken(name), r -> r.equals("nsubj") || r.equals("nsubj:pass")).isPresent();
  }

  /**
   * Whether a verb of saying comes shortly before {@code name} in its sentence ("said Sandvine's chief
   * technology officer Marc Morin") or right after it ("chairman G. Robert Durham said", where the parser
   * missed the subject).
   */
  private boolean introducedBySpeech(ParsedSentence sentence, Mention name) {
    return speechVerbs(sentence, null).stream()
        .map(sentence::token)
        .anyMatch(verb -> verb.end() <= name.start() && name.start() - verb.end() <= NAME_AFTER_VERB_CHARS
            || verb.start() >= name.end() && verb.start() - name.end() <= 1);
  }

  /** The entity after "according to" in the quotation's sentence, outside the quotation. */
  private Optional<Mention> accordingTo(ParsedSentence sentence, Quotation quotation) {
    for (int t = 0; t < sentence.size(); t++) {
      int head = t;
      for (var edge : sentence.heads(t)) {
        var token = sentence.token(t);
        if (edge.relation().endsWith(":according_to") && !inside(token.start(), token.end(), quotation)) {
          Optional<Mention> source = speakerAt(sentence, head).or(() -> issuerOf(sentence, head, 0));
          if (source.isPresent()) {
            return source;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a quotation continues the one that ended at {@code previousEnd}: in the same paragraph,
   * or opening the paragraph right after the previous quotation's (news gives a quotation that
   * goes on over paragraphs its speaker once, and a new speaker always a name).
   */
  private boolean continues(int previousEnd, Quotation quotation) {
    // a sentence of the writer's own between the two is a change of voice ("... ,” Ribadu said. A
    // professor, Pat Utomi, said that was the right decision. “Who is to say ...?”"), though a bare
    // report of the quotation before is not ("“... ?” Boisclair said in response. “Homophobia exists ...”"),
    // nor the rest of its attribution cut off by the splitter ("said Lt. Gen. (ret.) James Cartwright, former
    // vice chairman of the U.S. Joint Chiefs of Staff."), which has no verb
    boolean narrated = sentences.stream()
        .anyMatch(s -> wordsStart(s) >= previousEnd && s.end() <= wordsStart(quotation) && holdsVerb(s) && !isBareReport(s));
    if (narrated) {
      return false;
    }
    String gap = text.substring(previousEnd, quotation.start());
    if (!gap.contains("\n")) {
      return true;
    }
    String[] paragraphs = gap.split("\n\\s*", -1);
    return paragraphs.length == 2 && paragraphs[1].isBlank();
  }

  /**
   * The quotation's quotes by the speakers of the next sentence in its paragraph when that sentence is
   * a bare report of it: it quotes nobody and its verb of saying says nothing of its own (no clause,
   * object or complement of its own: "Boisclair said in response."), so what it reports is the quotation;
   * one quote without a speaker when that report names none; none when there is no such report.
   */
  private List<Quote> reportAfter(ParsedSentence sentence, String words, Evidence evidence) {
    int index = sentences.indexOf(sentence);
    if (index + 1 >= sentences.size()) {
      return List.of();
    }
    ParsedSentence after = sentences.get(index + 1);
    if (!isBareReport(after) || text.substring(sentence.end(), after.start()).contains("\n") || !quotesNobody(after)) {
      return List.of();
    }
    List<Mention> speakers = saidIn(after, null);
    if (speakers.isEmpty()) {
      // a report by someone the text describes but does not name ("“Where does Mr. Harper plan to find
      // another $1 billion?” the party asked in their rebuttal.") leaves the quotation without a speaker;
      // an unresolved "he" points back to someone named before, whom the sentence before may give
      boolean pronoun = speechVerbs(after, null).stream()
          .flatMap(verb -> subjectsOf(after, verb, null).stream())
          .anyMatch(subject -> after.token(subject).pos().startsWith("PRP"));
      return pronoun ? List.of() : List.of(new Quote(words, null, evidence, 0, "none"));
    }
    return speakers.stream()
        .map(speaker -> new Quote(words, speaker.entityId(), evidence, 0.7, "next-sentence")).toList();
  }

  /** Whether a verb of saying in {@code sentence} says nothing of its own: no clause, object or complement. */
  private boolean isBareReport(ParsedSentence sentence) {
    return speechVerbs(sentence, null).stream().anyMatch(verb -> sentence.dependents(verb,
        r -> r.equals("ccomp") || r.equals("parataxis") || r.equals("obj") || r.equals("xcomp")).isEmpty());
  }

  /**
   * The quotation's quotes by the speakers a verb of saying names in the sentence before the
   * quotation's in its paragraph (or the line before, when it ends in a colon), else in the sentence
   * after it in its paragraph, provided that sentence quotes nobody itself; none when neither does.
   */
  private List<Quote> neighbourSpeakers(ParsedSentence sentence, Quotation quotation, String words, Evidence evidence) {
    int index = sentences.indexOf(sentence);
    if (index > 0) {
      ParsedSentence before = sentences.get(index - 1);
      String gap = text.substring(before.end(), sentence.start());
      boolean colon = text.substring(before.start(), before.end()).strip().endsWith(":");
      if ((!gap.contains("\n") || colon && gap.indexOf('\n') == gap.lastIndexOf('\n')) && quotesNobody(before)) {
        List<Mention> speakers = saidIn(before, null);
        if (!speakers.isEmpty()) {
          return speakers.stream()
              .map(speaker -> new Quote(words, speaker.entityId(), evidence, 0.7, "previous-sentence")).toList();
        }
        // words in the first person right after a sentence about someone, with no verb of saying, are
        // theirs ("Lewis-Francis still feels the frustration of missing the final. 'That was heartbreaking,
        // but I had made it to the semi-final'"): news sets the speaker up, then lets them speak
        Optional<Mention> subject = speechVerbs(before, null).isEmpty() && speaksInFirstPerson(sentence, quotation)
            ? subjectOf(before, EntityType.PERSON).filter(Mention::isName)
            : Optional.empty();
        if (subject.isPresent()) {
          return List.of(new Quote(words, subject.get().entityId(), evidence, 0.6, "previous-sentence"));
        }
      }
    }
    if (index + 1 < sentences.size()) {
      ParsedSentence after = sentences.get(index + 1);
      if (!text.substring(sentence.end(), after.start()).contains("\n") && quotesNobody(after)) {
        return saidIn(after, null).stream()
            .map(speaker -> new Quote(words, speaker.entityId(), evidence, 0.65, "next-sentence")).toList();
      }
    }
    return List.of();
  }

  /**
   * Whether no quotation's words fall in {@code sentence}'s, a closing or opening mark the splitter left
   * on it aside ('the start." Double try scorer Martyn Williams was keen ... "We've').
   */
  private boolean quotesNobody(ParsedSentence sentence) {
    return quotations.stream().noneMatch(q -> wordsEnd(q) > wordsStart(sentence) && wordsStart(q) < sentence.end());
  }

  /** Whether a word of the quotation in {@code sentence} is "I", "me", "my", "we", "us" or "our". */
  private boolean speaksInFirstPerson(ParsedSentence sentence, Quotation quotation) {
    for (int t = 0; t < sentence.size(); t++) {
      var token = sentence.token(t);
      if (inside(token.start(), token.end(), quotation) && FIRST_PERSON.contains(sentence.lower(t))) {
        return true;
      }
    }
    return false;
  }

  /** The verbs of saying outside the quotation in its sentence, nearest first. */
  private List<Integer> speechVerbs(ParsedSentence sentence, Quotation quotation) {
    List<Integer> verbs = new ArrayList<>();
    for (int t = 0; t < sentence.size(); t++) {
      var token = sentence.token(t);
      if ((quotation == null || !inside(token.start(), token.end(), quotation)) && token.pos().startsWith("VB")
          && SPEECH_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
        verbs.add(t);
      }
    }
    if (quotation != null) {
      verbs.sort(Comparator.comparingInt((Integer t) -> reach(sentence, t, quotation))
          .thenComparingInt(t -> distance(sentence.token(t), quotation)));
    }
    return verbs;
  }

  /**
   * The verb of saying whose subject said a quotation {@code verb} governs: {@code verb} itself when
   * the quotation holds what it says ("Kim told Putin: 'We will stand with you'") or no other verb of
   * saying reports its clause, else that verb: a quoted fragment of a reported clause is the words of
   * whoever reports it ("the Front said, adding that the government had responded to its truce 'with
   * raids and arrests'"; "Peskov said Putin called the treaty 'historic'"). {@code verbs} are the
   * sentence's verbs of saying outside the quotation ({@link #speechVerbs}).
   */
  private static int reporter(ParsedSentence sentence, int verb, List<Integer> verbs, Quotation quotation) {
    int current = verb;
    for (int hops = 0; quotation != null && hops < 3 && !saysQuotation(sentence, current, quotation); hops++) {
      Optional<Integer> reporting = reportingVerb(sentence, current, verbs);
      if (reporting.isEmpty()) {
        break;
      }
      current = reporting.get();
    }
    return current;
  }

  /**
   * The verb of saying among {@code verbs} whose reported clause holds {@code verb}, through clauses
   * that are no saying ("Damon expects to report 'significantly better' profits, Damon president Joe
   * Isola said": Isola's words, not the company's report), up to three clauses up.
   */
  private static Optional<Integer> reportingVerb(ParsedSentence sentence, int verb, List<Integer> verbs) {
    int current = verb;
    for (int up = 0; up < 3; up++) {
      var head = sentence.head(current, r -> r.equals("ccomp") || r.equals("xcomp"));
      if (head.isEmpty() || head.get().governor() < 0) {
        return Optional.empty();
      }
      current = head.get().governor();
      if (verbs.contains(current)) {
        return Optional.of(current);
      }
    }
    return Optional.empty();
  }

  /** Whether what {@code verb} says (its clausal complement, its object, a clause beside it) is in the quotation. */
  private static boolean saysQuotation(ParsedSentence sentence, int verb, Quotation quotation) {
    return sentence.dependents(verb, r -> r.equals("ccomp") || r.equals("parataxis") || r.equals("obj")).stream()
        .anyMatch(said -> inside(sentence.token(said).start(), sentence.token(said).end(), quotation));
  }

  /**
   * How many tokens hang from {@code verb} when the quotation is among them (the quotation is part
   * of what the verb says: "Kim said the treaty was a 'breakthrough', while Putin warned ..."), so
   * that the nearest verb governing it comes first; {@link Integer#MAX_VALUE} when it is not.
   */
  private static int reach(ParsedSentence sentence, int verb, Quotation quotation) {
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> pending = new ArrayDeque<>(List.of(verb));
    boolean governs = false;
    while (!pending.isEmpty()) {
      int token = pending.pop();
      if (seen.add(token)) {
        governs |= inside(sentence.token(token).start(), sentence.token(token).end(), quotation);
        sentence.dependents(token).stream().filter(edge -> !edge.relation().equals("ref"))
            .forEach(edge -> pending.push(edge.dependent()));
      }
    }
    return governs ? seen.size() : Integer.MAX_VALUE;
  }

  /**
   * The subjects of {@code verb} outside the quotation, each conjunct of a coordination; a passive
   * verb's are its agents ("described by KCNA as"), and it has none without one. An active verb
   * without a subject of its own (a participle, an infinitive) borrows its head's.
   */
  private static List<Integer> subjectsOf(ParsedSentence sentence, int verb, Quotation quotation) {
    boolean passive = isPassive(sentence, verb);
    int current = verb;
    for (int hops = 0; hops < 3; hops++) {
      List<Integer> subjects = new ArrayList<>();
      for (int subject : sentence.dependents(current, r -> passive ? r.equals("obl:agent")
          : r.equals("nsubj") || r.equals("nsubj:xsubj"))) {
        var token = sentence.token(subject);
        if ((quotation == null || !inside(token.start(), token.end(), quotation)) && !subjects.contains(subject)) {
          subjects.add(subject);
          sentence.dependents(subject, r -> r.equals("conj:and")).stream()
              .filter(conjunct -> !subjects.contains(conjunct)).forEach(subjects::add);
        }
      }
      // two subjects of one verb that no "and" joins are a role and the name in apposition to it, which the
      // parser split ("University of Virginia law teacher, Robert Turner says"): the name is the speaker, not
      // the organisation compounded with the role
      subjects.removeIf(subject -> DependencyIndex.isCommonNoun(sentence.token(subject))
          && subjects.stream().anyMatch(other -> other != subject && sentence.token(other).pos().startsWith("NNP")
              && sentence.head(other, r -> r.equals("conj:and")).isEmpty()));
      if (!subjects.isEmpty() || passive) {
        return subjects;
      }
      // "the AP quoted Abbas as saying that ...": the one said to be saying is the object of the verb
      // the "as" clause hangs from, not its subject
      var as = sentence.head(current, QuoteExtractor::isAsClause);
      if (as.isPresent() && as.get().relation().equals("nmod:as")
          && sentence.head(as.get().governor(), r -> r.equals("obj")).isPresent()) {
        // or the parser hung the "as saying" on the one quoted ("quoted a senior official as saying")
        return List.of(as.get().governor());
      }
      if (as.isPresent()) {
        // of a passive the one quoted is its subject, not the agent that quoted them ("Ndayizeye was
        // quoted by BBC monitoring as saying that he had decided to 'safeguard ...'")
        int quoting = as.get().governor();
        boolean quotedPassive = isPassive(sentence, quoting);
        List<Integer> objects = sentence.dependents(quoting, r -> quotedPassive ? r.equals("nsubj:pass") : r.equals("obj"));
        if (!objects.isEmpty()) {
          return objects;
        }
      }
      // a participle the parser left loosely attached ("the Front said, adding that ...") too
      boolean participle = sentence.token(current).pos().equals("VBG");
      // and a participle on a thing, where the parser hung it on the nearest noun or the noun is what was
      // said in ("challenged Bush in a showdown with Congress, saying that Bush is 'not the sole decision
      // maker'"; "the EU released a statement condemning the arrests"): the words are the subject's of the
      // verb that noun hangs from, but not a participle on a being ("police stopped a man saying he was lost")
      boolean thing = DependencyIndex.isCommonNoun(sentence.token(current))
          && !Animacy.coreNlp().mayBeABeing(sentence.token(current).lemma());
      var head = sentence.head(current, r -> r.equals("advcl") || r.equals("xcomp") || r.startsWith("conj") || r.equals("acl")
          || participle && r.equals("dep") || thing && (r.equals("obj") || r.startsWith("obl")));
      if (head.isEmpty() || head.get().governor() < 0) {
        return List.of();
      }
      current = head.get().governor();
    }
    return List.of();
  }

  /**
   * The "as" of "quoted Abbas as saying", which the parser makes a clause or an oblique of "quoted"
   * or a modifier of the one quoted.
   */
  private static boolean isAsClause(String relation) {
    return relation.equals("advcl:as") || relation.equals("obl:as") || relation.equals("nmod:as");
  }

  /**
   * Whether {@code verb} quotes someone as saying something, through a verb of saying among {@code
   * verbs} hanging by "as" from it or from its object ("quoted X as saying").
   */
  private static boolean quotesThroughAs(ParsedSentence sentence, int verb, List<Integer> verbs) {
    List<Integer> heads = new ArrayList<>(List.of(verb));
    heads.addAll(sentence.dependents(verb, r -> r.equals("obj")));
    return heads.stream().anyMatch(head -> sentence.dependents(head, QuoteExtractor::isAsClause).stream().anyMatch(verbs::contains));
  }

  /**
   * A passive verb: a past participle with a passive auxiliary, subject or agent ("was described
   * as", "described by KCNA as"), or hanging as a participle clause ("arrived, described as", which
   * the parser may leave unattached); the
   * tagger's VBN for a plain past ("Kantor ... stated that") is none.
   */
  private static boolean isPassive(ParsedSentence sentence, int verb) {
    return sentence.token(verb).pos().equals("VBN")
        && (!sentence.dependents(verb, r -> r.equals("aux:pass") || r.equals("nsubj:pass") || r.equals("obl:agent")).isEmpty()
            || sentence.head(verb, r -> r.equals("acl") || r.startsWith("advcl") || r.equals("dep")).isPresent());
  }

  /**
   * The entity a subject token refers to, through its own mention, a person or organisation named in
   * apposition to it ("said Foreign Ministry spokeswoman, Helena Korhonen": she spoke, not the
   * ministry her role is compounded with; the parser sometimes hangs that name on the role as a bare
   * {@code dep}, "the UIC leader Sheikh Sharif Ahmed said"), or a name compounded with it.
   */
  private Optional<Mention> speakerAt(ParsedSentence sentence, int subject) {
    Optional<Mention> mention = index.mentionAt(sentence.token(subject));
    if (mention.isPresent() && index.typeOf(mention.get().entityId()) == EntityType.LOCATION) {
      // a person's name compounded before a place's is the speaker, the "place" a letter title after
      // the name that NER took for one ("asked by John Agius SC": SC, senior counsel, read as South Carolina)
      Optional<Mention> person = sentence.dependents(subject, r -> r.equals("compound")).stream()
          .flatMap(part -> index.mentionAt(sentence.token(part)).stream())
          .filter(m -> index.typeOf(m.entityId()) == EntityType.PERSON)
          .findFirst();
      if (person.isPresent()) {
        return person;
      }
    }
    for (int named : sentence.dependents(subject, r -> r.equals("appos") || r.equals("dep"))) {
      if (mention.isPresent()) {
        break;
      }
      mention = index.mentionAt(sentence.token(named)).filter(m -> index.typeOf(m.entityId()) != EntityType.LOCATION);
    }
    for (int part : sentence.dependents(subject, r -> r.equals("compound") || r.equals("flat"))) {
      if (mention.isPresent()) {
        break;
      }
      // a place before a person's description says where they are from, and only a country speaks
      // ("the Texas Democrat told reporters" is no word of Texas's; "a Foreign Ministry spokesman" is the ministry's)
      mention = index.mentionAt(sentence.token(part))
          .filter(this::canSpeak);
    }
    return mention;
  }

  /**
   * A name right after a verb of saying that directly follows the quotation, when the parse found no subject ("..., said Lt. Gen.
   * (ret.) James Cartwright", where the abbreviations split the sentence): the first person or
   * organisation named within a short stretch, with no quotation mark or line break before it and no
   * sentence with a verb of its own; a name
   * that only qualifies a role before the speaker's own name is passed over ("said Allawi spokesman
   * Thaer al-Naqib" is al-Naqib's: a being's words are their own), though it is the speaker where no
   * name follows ("said a Greenpeace spokesman").
   */
  private Optional<Mention> nameAfter(ParsedSentence sentence, int verb, Quotation quotation) {
    int offset = sentence.token(verb).end();
    if (sentence.token(verb).start() < quotation.end()
        || between(quotation.end(), sentence.token(verb).start()).strip().length() > 1) {
      return Optional.empty();
    }
    List<Mention> names = index.namesFrom(offset).stream()
        .filter(m -> m.start() - offset <= NAME_AFTER_VERB_CHARS)
        // a sentence of the writer's own after it names someone else ("..., said the inquest. Robert Mueller,
        // the director, says"); a fragment without a verb is the attribution the splitter cut off
        .filter(m -> m.end() <= sentence.end() || !holdsVerb(sentenceAt(m.start())))
        .filter(m -> index.typeOf(m.entityId()) != EntityType.LOCATION)
        .filter(m -> between(offset, m.start()).chars().noneMatch(c -> c == '\n' || MARKS.indexOf(c) >= 0))
        .toList();
    return names.stream().filter(m -> !qualifiesRole(sentence, m)).findFirst().or(() -> names.stream().findFirst());
  }

  /** Whether {@code name} is a modifier compounded with a common noun ("Allawi" in "Allawi spokesman"). */
  private static boolean qualifiesRole(ParsedSentence sentence, Mention name) {
    return sentence.head(sentence.lastToken(name), r -> r.equals("compound"))
        .filter(edge -> DependencyIndex.isCommonNoun(sentence.token(edge.governor())))
        .isPresent();
  }

  private String between(int from, int to) {
    return from <= to ? text.substring(from, to) : text.substring(to, from);
  }

  private static int distance(Token token, Quotation quotation) {
    return token.end() <= quotation.start() ? quotation.start() - token.end() : token.start() - quotation.end();
  }

  private static boolean inside(int start, int end, Quotation quotation) {
    return start >= quotation.start() && end <= quotation.end();
  }

  private boolean standsAlone(Quotation quotation) {
    int before = quotation.start();
    while (before > 0 && text.charAt(before - 1) != '\n' && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    int after = quotation.end();
    while (after < text.length() && text.charAt(after) != '\n' && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    boolean line = (before == 0 || text.charAt(before - 1) == '\n') && (after == text.length() || text.charAt(after) == '\n');
    String words = quotation.text().replaceAll("[" + MARKS + "\\s]+$", "");
    return line && !(words.endsWith(".") || words.endsWith("!") || words.endsWith("?"));
  }

  /**
   * Whether the quotation is the value of an attribute in markup the source left in the text
   * ({@code border="2" style="float:right;"} of a wiki table): its opening mark follows an equals sign.
   */
  private boolean isMarkupValue(Quotation quotation) {
    return quotation.start() > 0 && text.charAt(quotation.start() - 1) == '=';
  }

  /** Where the quotation's words begin, past its opening mark (which the splitter may leave on the sentence before). */
  private int wordsStart(Quotation quotation) {
    int start = quotation.start();
    while (start < quotation.end()
        && (MARKS.indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
      start++;
    }
    return start;
  }

  /** Where the quotation's words end, before its closing mark. */
  private int wordsEnd(Quotation quotation) {
    int end = quotation.end();
    while (end > quotation.start() && (MARKS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return end;
  }

  /** Where the first word of {@code sentence} begins, past marks the splitter left at its start. */
  private static int wordsStart(ParsedSentence sentence) {
    int first = firstWord(sentence);
    return first < sentence.size() ? sentence.token(first).start() : sentence.end();
  }

  /** The index of {@code sentence}'s first token that starts with a letter or digit, or its size if none does. */
  private static int firstWord(ParsedSentence sentence) {
    int t = 0;
    while (t < sentence.size() && !Character.isLetterOrDigit(sentence.token(t).word().charAt(0))) {
      t++;
    }
    return t;
  }

  private static boolean holdsDoubleMark(String words) {
    return words.chars().anyMatch(c -> DOUBLE_MARKS.indexOf(c) >= 0);
  }

  /**
   * Whether the first word of {@code sentence} (punctuation aside) is a finite verb without a subject:
   * a sentence whose subject the text leaves out (", , addressed the crowd"), not an imperative.
   */
  private static boolean opensWithVerb(ParsedSentence sentence) {
    int t = firstWord(sentence);
    return t < sentence.size() && Set.of("VBD", "VBZ", "VBP").contains(sentence.token(t).pos())
        && sentence.dependents(t, r -> r.startsWith("nsubj") || r.equals("expl")).isEmpty();
  }

  /** Whether a word of {@code sentence} is a verb: a clause, not a fragment the splitter cut off. */
  private static boolean holdsVerb(ParsedSentence sentence) {
    for (int t = 0; t < sentence.size(); t++) {
      if (sentence.token(t).pos().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the quotation, in whichever of the sentences it spans, is a verb. */
  private boolean holdsVerb(Quotation quotation) {
    for (ParsedSentence sentence : sentences) {
      for (int t = 0; t < sentence.size(); t++) {
        var token = sentence.token(t);
        if (inside(token.start(), token.end(), quotation) && token.pos().startsWith("VB")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the quotation is all there is of its sentence but punctuation. */
  private boolean fillsSentence(ParsedSentence sentence, Quotation quotation) {
    for (int t = 0; t < sentence.size(); t++) {
      var token = sentence.token(t);
      boolean inside = inside(token.start(), token.end(), quotation);
      if (!inside && Character.isLetterOrDigit(token.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private ParsedSentence sentenceAt(int offset) {
    for (ParsedSentence sentence : sentences) {
      if (sentence.start() <= offset && offset < sentence.end()) {
        return sentence;
      }
    }
    return null;
  }
}
