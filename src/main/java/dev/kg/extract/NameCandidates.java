package dev.kg.extract;

import dev.kg.ingest.SourceDocument;
import dev.kg.name.Honorifics;
import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.NamedMention;
import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.GivenNames;
import dev.kg.nlp.PlaceGazetteer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names one document gives: the spans the recogniser tagged, trimmed and typed by their own
 * words, with their boundaries mended ({@link NameBoundaries}), the publisher wherever the text
 * writes it, and the names the recogniser tagged elsewhere in the document where it left them untagged.
 */
final class NameCandidates {

  // How the names of battles, wars, treaties, acts and lists are written ("Battle of Vimy Ridge", "Act
  // of Union", "List of Square Enix games"), and of games, bills, accords, plans, rules, awards and cups
  // by their last word ("Commonwealth Games", "Road Safety Bill", "Meech Lake Accord", "Five Year Plan",
  // "Commission Rule 10b-13", "Peabody Award", "FA Cup"): the CoNLL model reads them as organisations,
  // but they name an event, a law or policy, a prize or a list, so no organisation (Re-DocRED dev and
  // CoNLL's training and validation sets annotate 238 names of the second shape without plans and rules
  // MISC, 2 ORG and 4, a horse's, PER; the 4 mentions there of a name ending in Plan are MISC, and no
  // name there ends in Rule).
  private static final Pattern EVENT_OR_INSTRUMENT = Pattern.compile(
      "(?:Battle|Siege|War|Treaty|Act|List) of \\p{Lu}.*"
          + "|.+ (?:Games|Olympics|Bill|Act|Accord|Agreement|Plan|Rule|Awards?|Prize|Cup|Championships?)");
  // How airlines are named ("Air France", "Air Vanuatu", "Air North America"): the place after "Air"
  // leads the models and CoreNLP's gazetteers to a place, but the name is the company's.
  private static final Pattern AIRLINE = Pattern.compile("Air \\p{Lu}.*");

  private NameCandidates() {}

  /**
   * The names {@code document} gives, in text order, each with the type it will be written as; none in
   * the sentence {@code signOff}.
   */
  static List<NameCandidate> in(SourceDocument document, AnnotatedText annotated, int signOff) {
    String text = document.text();
    List<NameCandidate> publisher = publisherMentions(document, annotated);
    Set<String> commonNounAcronyms = CommonNounAcronyms.in(annotated);
    TitleWords titleWords = TitleWords.in(annotated);
    Set<List<String>> companyPossessives = NameEdges.companyPossessives(annotated);
    List<NameCandidate> candidates = new ArrayList<>();
    for (NamedMention mention : annotated.entityMentions()) {
      EntityType type = EntityType.ofNerTag(mention.ner());
      if (type == null) {
        continue;
      }
      List<Token> tokens = annotated.sentences().get(mention.sentence()).tokens();
      if (PlaceKinds.isInsideOtherName(tokens, mention.tokenStart(), mention.tokenEnd(), mention.ner())
          || TimeZones.isZoneOfTime(tokens, mention.tokenStart(), mention.tokenEnd())) {
        continue;
      }
      int first = NameEdges.afterArticles(
          tokens, NameEdges.afterMarks(tokens, mention.tokenStart(), mention.tokenEnd() - 1), mention.tokenEnd() - 1);
      int last = NameEdges.beforePossessive(tokens, first, mention.tokenEnd() - 1, type);
      // A company's short name with the "'s" of its full name is the company, whatever the models read.
      if (NameEdges.beforeCompanyPossessive(tokens, first, last, companyPossessives)) {
        last++;
        type = EntityType.ORGANIZATION;
      }
      if (type == EntityType.PERSON) {
        first = NameEdges.personStart(tokens, first, last, titleWords);
      } else {
        first = NameEdges.afterCompoundModifier(tokens, first, last);
      }
      if (type != EntityType.PERSON && first == last) {
        first = PlaceKinds.startOfHeadedName(tokens, first);
      }
      if (first > last || NameEdges.allPronouns(tokens.subList(first, last + 1))) {
        continue;
      }
      int start = tokens.get(first).start();
      int end = tokens.get(last).end();
      String surface = text.substring(start, end);
      // A number starts an organisation's name only as its first word ("38 North", joined below).
      boolean numberedName = type == EntityType.ORGANIZATION && surface.chars().allMatch(Character::isDigit);
      if ((surface.chars().noneMatch(Character::isUpperCase) && !numberedName) || !NameKey.isName(surface)
          || commonNounAcronyms.contains(surface) || CommonNounAcronyms.isPlural(surface)
          || (type == EntityType.ORGANIZATION && EVENT_OR_INSTRUMENT.matcher(surface).matches())) {
        continue;
      }
      // People's names do not take an article: "the Rodong Sinmun" is a newspaper, not a person. The
      // article may belong to a noun the name qualifies: "the Clinton administration" names Clinton.
      // Nor do they follow an article's noun for a thing ("the magazine Veja"), unless they start with a
      // given name: "the top seed Andy Roddick" is the player the sports pages call a seed. A title the
      // document uses, standing alone, is the person who holds it: "the Pope" (CoNLL's convention too).
      boolean article = first > 0 && NameEdges.isArticle(tokens.get(first - 1)) && !NameEdges.qualifiesNoun(tokens, last + 1)
          && !(first == last && titleWords.startsName(tokens.get(first)));
      boolean thing = NameEdges.followsThingNoun(annotated.sentences().get(mention.sentence()), first, last + 1)
          && !GivenNames.shared().contains(tokens.get(first).word());
      if (type == EntityType.PERSON && (article || thing)) {
        type = EntityType.ORGANIZATION;
      }
      if (AIRLINE.matcher(surface).matches()) {
        type = EntityType.ORGANIZATION;
      }
      // A country CoreNLP's gazetteers list is a place where the models read it as an organisation because
      // it acts ("the Philippines' revised proposal"), as CoNLL marks countries: of the names in its
      // training and validation sets the gazetteers list as countries, 4,854 are places and 29
      // organisations (clubs and a racing team named after one, Monaco and Jordan), unless the sentence
      // writes it as such a side ({@link CountrySides}).
      if (type == EntityType.ORGANIZATION && PlaceGazetteer.shared().isCountry(surface)
          && !CountrySides.isSide(tokens, first, last + 1)) {
        type = EntityType.LOCATION;
      }
      // A site ("Vostochny Cosmodrome") or a landform ("Regal Mountain") is a place, and a dateline names
      // places, whatever the tag; a sea or region by its shape ("Arabian Sea") is a place the
      // recogniser took for an organisation.
      if (PlaceKinds.isFacilityName(surface)
          || PlaceKinds.isGeographicName(surface, type == EntityType.PERSON)
          || (type == EntityType.ORGANIZATION && PlaceKinds.isRegionName(surface))
          || PlaceKinds.isDatelinePlace(tokens, mention.sentence(), first, last + 1, surface)) {
        type = EntityType.LOCATION;
      }
      NameKey key = NameKey.of(surface);
      NameCandidate candidate =
          NameCandidate.placed(
              annotated, mention.sentence(), first, last + 1, start, end, surface, mention.ner(), type, key);
      candidate.placeInContext =
          type == EntityType.LOCATION
              && PlaceKinds.isPlaceInContext(tokens, mention.sentence(), first, last + 1, surface, mention.ner());
      candidate.organizationInContext =
          type == EntityType.ORGANIZATION
              && actsAsSubject(annotated, mention.sentence(), first, last + 1)
              && !PlaceGazetteer.shared().isPlace(surface);
      candidate.definedAsPlace = PlaceKinds.isDefinedAsPlace(tokens, last + 1)
          || PlaceKinds.isCalledSettlement(annotated, mention.sentence(), first, last + 1);
      candidate.afterTitle = first > 0
          && (tokens.get(first - 1).ner().equals("TITLE") || Honorifics.isHonorific(tokens.get(first - 1).word())
              || titleWords.startsName(tokens.get(first - 1)));
      if (type == EntityType.PERSON) {
        candidate.titleBefore = first > 0 && titleWords.startsName(tokens.get(first - 1))
            ? tokens.get(first - 1).word().toLowerCase(Locale.ROOT) : null;
        candidate.loneTitle = first == last && titleWords.startsName(tokens.get(first));
      }
      candidates.add(candidate);
    }
    List<NameCandidate> found = NameBoundaries.mended(text, annotated, candidates);
    int headline = TitleCaseHeadline.sentences(document, annotated);
    if (headline > 0) {
      found = namesInTitleCaseHeadline(text, annotated, found, headline);
    }
    List<NameCandidate> named = new ArrayList<>(publisher);
    for (NameCandidate candidate : found) {
      boolean word = candidate.text.chars().anyMatch(Character::isUpperCase);
      if (word && publisher.stream().noneMatch(p -> p.overlaps(candidate.start, candidate.end))) {
        named.add(candidate);
      }
    }
    named.addAll(repeatedNames(text, annotated, named));
    named.addAll(asRepeats(text, annotated, RepeatedNames.surnamesAfterHonorifics(annotated, found(named)), named));
    ResultsTables.retype(text, annotated, named);
    SourceHeadings.retype(text, annotated, named);
    named.removeIf(candidate -> candidate.sentence == signOff);
    named.sort(Comparator.comparingInt(c -> c.start));
    return named;
  }

  /**
   * The names the recogniser left untagged where it tagged them elsewhere in the document, and the
   * acronyms of names it tagged (see {@link RepeatedNames}), each as the name it repeats.
   */
  private static List<NameCandidate> repeatedNames(String text, AnnotatedText annotated, List<NameCandidate> named) {
    return asRepeats(text, annotated, RepeatedNames.find(annotated, found(named)), named);
  }

  /**
   * The names of a headline in title case ({@link TitleCaseHeadline}), where capitalisation tells the
   * recogniser nothing: a name it found there is kept when the rest of the document names it too, or
   * when it is a place CoreNLP's gazetteers list; elsewhere in the headline, the names of the rest of
   * the document are found wherever they are written. A name only a title-case headline gives is lost:
   * the models' guesses there ("North Korea Strengthen Strategic Ties", "Bratislava Approved") are
   * wrong far more often than right.
   */
  private static List<NameCandidate> namesInTitleCaseHeadline(
      String text, AnnotatedText annotated, List<NameCandidate> found, int headlineSentences) {
    List<NameCandidate> body = found.stream().filter(c -> c.sentence >= headlineSentences).toList();
    Set<NameKey> bodyNames = body.stream().map(c -> c.key).collect(Collectors.toSet());
    List<NameCandidate> kept = new ArrayList<>();
    for (NameCandidate candidate : found) {
      boolean confirmed =
          candidate.sentence >= headlineSentences
              || bodyNames.contains(candidate.key)
              || (candidate.type == EntityType.LOCATION && PlaceGazetteer.shared().isPlace(candidate.text));
      if (confirmed) {
        kept.add(candidate);
      }
    }
    kept.addAll(asRepeats(text, annotated, RepeatedNames.inHeadline(annotated, headlineSentences, found(body)), kept));
    kept.sort(Comparator.comparingInt(c -> c.start));
    return kept;
  }

  private static List<RepeatedNames.Found> found(List<NameCandidate> candidates) {
    return candidates.stream().map(c -> new RepeatedNames.Found(c.sentence, c.tokenStart, c.tokenEnd, c.type)).toList();
  }

  /** Each name {@code repeats} found that no candidate in {@code named} overlaps, as the name it repeats. */
  private static List<NameCandidate> asRepeats(
      String text, AnnotatedText annotated, List<RepeatedNames.Found> repeats, List<NameCandidate> named) {
    List<NameCandidate> result = new ArrayList<>();
    for (RepeatedNames.Found found : repeats) {
      List<Token> tokens = annotated.sentences().get(found.sentence()).tokens();
      int start = tokens.get(found.tokenStart()).start();
      int end = tokens.get(found.tokenEnd() - 1).end();
      if (named.stream().anyMatch(c -> c.overlaps(start, end))) {
        continue;
      }
      String surface = text.substring(start, end);
      NameKey key = NameKey.of(surface);
      NameCandidate model =
          named.stream()
              .filter(c -> c.type == found.type()
                  && (c.key.equals(key) || key.isAcronymOf(c.text) || isShortFormOf(key, c.key)
                      || (found.type() == EntityType.PERSON && isSurnameOf(key, c.key))))
              .findFirst()
              .orElseThrow();
      result.add(
          new NameCandidate(
              found.sentence(), found.tokenStart(), found.tokenEnd(), start, end, surface, model.nerTag,
              found.type(), model.placeKind, key));
    }
    return result;
  }

  /** Whether {@code key} is the leading words of {@code name}'s, as a company's short name is ({@link RepeatedNames}). */
  private static boolean isShortFormOf(NameKey key, NameKey name) {
    List<String> words = name.tokens();
    return words.size() > key.tokens().size() && words.subList(0, key.tokens().size()).equals(key.tokens());
  }

  /** Whether {@code key} is the last words of {@code name}'s, as a surname after a courtesy title is ({@link RepeatedNames}). */
  private static boolean isSurnameOf(NameKey key, NameKey name) {
    List<String> words = name.tokens();
    int size = key.tokens().size();
    return words.size() > size && words.subList(words.size() - size, words.size()).equals(key.tokens());
  }

  /**
   * The document's source credit names its publisher, so wherever the text writes that name it is
   * the publishing organisation, whatever NER made of it ("Source: The Moscow Times" is not Moscow).
   */
  private static List<NameCandidate> publisherMentions(SourceDocument document, AnnotatedText annotated) {
    String source = document.source();
    if (source == null || !NameKey.isName(source)) {
      return List.of();
    }
    List<NameCandidate> mentions = new ArrayList<>();
    String text = document.text();
    for (int at = text.indexOf(source); at >= 0; at = text.indexOf(source, at + source.length())) {
      int start = at;
      int end = at + source.length();
      for (var sentence : annotated.sentences()) {
        List<Token> tokens = sentence.tokens();
        int first = indexOfToken(tokens, t -> t.start() == start);
        int last = indexOfToken(tokens, t -> t.end() == end);
        if (first >= 0 && last >= first) {
          mentions.add(
              new NameCandidate(
                  sentence.index(), first, last + 1, start, end, source, "ORGANIZATION",
                  EntityType.ORGANIZATION, LocationKind.OTHER, NameKey.of(source)));
        }
      }
    }
    return mentions;
  }

  private static int indexOfToken(List<Token> tokens, Predicate<Token> matches) {
    for (int i = 0; i < tokens.size(); i++) {
      if (matches.test(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the parse makes the name at tokens {@code [first, end)} the subject of a verb ("the White
   * House later said", "the Kremlin has not issued"): a name that acts, and that CoreNLP's gazetteers list as
   * no country, state or region ({@link PlaceGazetteer#isPlace}), is an institution, not the place it is
   * named after. A passive subject is acted on, and a copula's subject is defined, not acting ("X is a
   * town"), so neither counts.
   */
  private static boolean actsAsSubject(AnnotatedText annotated, int sentence, int first, int end) {
    DependencyIndex parse = new DependencyIndex(annotated.sentences().get(sentence));
    return parse.hangsFromOutside(first, end,
        edge -> edge.relation().equals("nsubj") && parse.token(edge.governor()).pos().startsWith("VB"));
  }
}
