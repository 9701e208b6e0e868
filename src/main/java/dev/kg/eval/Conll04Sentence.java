package dev.kg.eval;

import dev.kg.nlp.FinalPeriod;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a CoNLL04 file: its tokens, entities and gold relations.
 *
 * @param doc the id after {@code #doc}
 * @param tokens the file's tokens, in order
 * @param entities entity spans with their corpus type ({@code Peop}, {@code Org}, {@code Loc}, {@code Other})
 * @param relations gold relations between those spans
 */
public record Conll04Sentence(
    String doc, List<String> tokens, List<Conll04Sentence.Entity> entities, List<Conll04Relation> relations) {

  public Conll04Sentence {
    Objects.requireNonNull(doc, "doc");
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
  }

  /**
   * The sentence as text: the tokens joined by single spaces, so token offsets are easy to map back,
   * except that a last period after an abbreviation is written as printed ({@link FinalPeriod}): the
   * file splits it off ("BLYTHE , Calif ."), and CoreNLP reading the text token by token would see a
   * bare "Calif" where, on the printed sentence, it sees "Calif." and then the sentence's period
   * ("BLYTHE , Calif. ."), or one token for both ("N.Y.").
   */
  public String text() {
    return layout().text();
  }

  /**
   * The first and last index (both inclusive) of the tokens that the character span {@code [start,
   * end)} of {@link #text()} covers. The period an abbreviation takes in belongs to the abbreviation's
   * token, so "Calif." is the token "Calif" and "N.Y." the token "N.Y": CoNLL04 leaves the file's
   * period out of most such spans ("born in Amherst , Mass ."), as CoreNLP's offsets of "Mass." do.
   */
  public List<Integer> tokenSpan(int start, int end) {
    int[] starts = layout().starts();
    int first = 0;
    int last = 0;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] <= start) {
        first = i;
      }
      if (starts[i] < end) {
        last = i;
      }
    }
    return List.of(first, last);
  }

  private Layout layout() {
    int count = tokens.size();
    FinalPeriod.Reading ending = count >= 2 && tokens.get(count - 1).equals(".")
        ? FinalPeriod.of(tokens.get(count - 2))
        : FinalPeriod.Reading.SPLIT;
    int spaced = ending == FinalPeriod.Reading.SPLIT ? count : count - 1;
    StringBuilder text = new StringBuilder();
    int[] starts = new int[count];
    for (int i = 0; i < spaced; i++) {
      if (i > 0) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(tokens.get(i));
    }
    if (ending == FinalPeriod.Reading.ABBREVIATION) {
      text.append(". ");
      starts[count - 1] = text.length();
      text.append('.');
    } else if (ending == FinalPeriod.Reading.JOINED) {
      // the one period printed is the abbreviation's: the file's own period token covers no character
      text.append('.');
      starts[count - 1] = text.length();
    }
    return new Layout(text.toString(), starts);
  }

  /** The text and the offset in it where each token starts. */
  private record Layout(String text, int[] starts) {}

  /** An entity span of tokens {@code start..end}, both inclusive. */
  public record Entity(String type, int start, int end) {}
}
