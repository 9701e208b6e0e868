package dev.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.NamedMention;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceHeadingsTest {

  @Test
  void shouldMakeEveryHeadingOfADigestAnOrganisationWhereTheModelsTaggedOneSo() {
    // given a digest whose first heading the models tagged an organisation, the second a place, the third nothing
    Digest digest = new Digest("PRESS_NN_O DIGEST_NN_O -_:_O Moldova_NNP_COUNTRY",
        "VOCEA_NNP_ORGANIZATION POPORULUI_NNP_ORGANIZATION",
        "-_:_O Bread_NN_O will_MD_O cost_VB_O more_JJR_O",
        "TARVO_NNP_CITY POST_NNP_O",
        "-_:_O Parliament_NNP_ORGANIZATION meets_VBZ_O",
        "FLUX_NN_O",
        "-_:_O Farmers_NNS_O say_VBP_O the_DT_O harvest_NN_O is_VBZ_O poor_JJ_O",
        "MOLDOVA_NNP_COUNTRY",
        "-_:_O Exports_NNS_O rose_VBD_O");
    List<NameCandidate> named = new ArrayList<>();

    // when
    SourceHeadings.retype(digest.text(), digest.annotated(1, 0, 2, "ORGANIZATION"), named);

    // then the place CoreNLP's gazetteers list stays as it was
    assertThat(named).extracting(c -> c.text + " " + c.type)
        .containsExactly("VOCEA POPORULUI ORGANIZATION", "TARVO POST ORGANIZATION", "FLUX ORGANIZATION");
  }

  @Test
  void shouldLeaveHeadingsAloneWhereTheModelsTaggedNoneAnOrganisationOrTheyHeadNoProse() {
    // given section headings of a digest, and headings of a table's rows
    Digest sections = new Digest("MARKETS_NNS_O REVIEW_NN_O", "CURRENCIES_NNS_O", "-_:_O The_DT_O crown_NN_O fell_VBD_O",
        "METALS_NNS_O", "-_:_O Gold_NN_O rose_VBD_O");
    Digest table = new Digest("BASEBALL_NN_O STANDINGS_NNS_O", "CENTRAL_NNP_ORGANIZATION DIVISION_NNP_ORGANIZATION",
        "W_NN_O L_NN_O PCT_NN_O", "WESTERN_NNP_O DIVISION_NNP_O", "W_NN_O L_NN_O PCT_NN_O");
    List<NameCandidate> named = new ArrayList<>();

    // when
    SourceHeadings.retype(sections.text(), sections.annotated(-1, 0, 0, null), named);
    SourceHeadings.retype(table.text(), table.annotated(1, 0, 2, "ORGANIZATION"), named);

    // then
    assertThat(named).isEmpty();
  }

  /** Sentences written {@code word_POS_NER}, one a line, as one document's text and tokens. */
  private record Digest(String... lines) {

    String text() {
      return String.join("\n", lines).replaceAll("_[^ \\n]*", "");
    }

    /** The annotation, with the models' one mention of type {@code ner} at tokens {@code [first, end)} of sentence {@code at}, if {@code at >= 0}. */
    AnnotatedText annotated(int at, int first, int end, String ner) {
      List<Sentence> sentences = new ArrayList<>();
      int offset = 0;
      for (String line : lines) {
        List<Token> tokens = WrittenTokens.tokens(line, offset);
        offset = tokens.get(tokens.size() - 1).end() + 1;
        sentences.add(new Sentence(sentences.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, List.of()));
      }
      List<NamedMention> mentions = new ArrayList<>();
      if (at >= 0) {
        List<Token> tokens = sentences.get(at).tokens();
        mentions.add(new NamedMention(at, first, end, tokens.get(first).start(), tokens.get(end - 1).end(), "", ner, null));
      }
      return new AnnotatedText(sentences, mentions, List.of());
    }
  }
}
