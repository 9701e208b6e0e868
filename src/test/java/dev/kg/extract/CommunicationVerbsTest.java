package dev.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CommunicationVerbsTest {

  @Test
  void shouldHoldTheVerbsQuotationsWereAttributedThroughBeforeTheyHadOneHome() {
    assertThat(CommunicationVerbs.QUOTING).containsExactlyInAnyOrder(
        "say", "tell", "state", "add", "describe", "call", "note", "write", "warn", "claim", "report",
        "declare", "insist", "stress", "emphasize", "emphasise", "cite", "comment", "announce", "explain",
        "argue", "urge", "ask", "reply", "respond", "assert", "affirm", "vow", "pledge", "promise",
        "acknowledge", "admit", "deny", "suggest", "remark", "observe", "quote", "label", "term", "dub",
        "characterize", "characterise", "hail", "praise", "commend", "condemn", "accuse", "tweet", "post",
        "confirm", "highlight", "express", "thank", "frame", "portray", "depict", "brand", "predict",
        "proclaim", "pronounce", "mention", "recall", "reiterate", "caution", "echo");
  }

  @Test
  void shouldHoldTheVerbsAnEventNounLostItsAgentUnderBeforeTheyHadOneHome() {
    assertThat(CommunicationVerbs.ABOUT_AN_EVENT).containsExactlyInAnyOrder(
        "describe", "call", "term", "label", "characterise", "characterize", "condemn", "denounce",
        "criticise", "criticize", "praise", "hail", "welcome", "support", "back", "oppose", "discuss",
        "mention", "report", "deny", "blame", "justify", "defend", "fear", "predict", "recall",
        "investigate", "confirm");
    assertThat(CommunicationVerbs.ACCUSING)
        .containsExactlyInAnyOrder("accuse", "condemn", "denounce", "blame", "criticize", "criticise");
  }

  @Test
  void shouldOverlapExactlyWhereTheClassCommentSays() {
    // when
    Set<String> quotingAndAbout = intersection(CommunicationVerbs.QUOTING, CommunicationVerbs.ABOUT_AN_EVENT);

    // then
    assertThat(quotingAndAbout).containsExactlyInAnyOrder(
        "describe", "call", "term", "label", "characterise", "characterize", "hail", "praise", "mention",
        "report", "deny", "predict", "recall", "confirm", "condemn");
    assertThat(intersection(CommunicationVerbs.ACCUSING, CommunicationVerbs.QUOTING))
        .containsExactlyInAnyOrder("accuse", "condemn");
    assertThat(intersection(CommunicationVerbs.ACCUSING, CommunicationVerbs.ABOUT_AN_EVENT))
        .containsExactlyInAnyOrder("condemn", "denounce", "blame", "criticize", "criticise");
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> both = new TreeSet<>(a);
    both.retainAll(b);
    return both;
  }
}
