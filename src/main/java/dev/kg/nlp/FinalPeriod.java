package dev.kg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.List;

/**
 * What CoreNLP's tokenizer makes of a word printed with the full stop that ends its sentence, for
 * benchmark files that split every sentence's last period off as a token of its own ("BLYTHE , Calif
 * ."): read with whitespace tokenisation such a file shows the parser and NER a bare "Calif" where
 * CoreNLP, reading the sentence as printed, sees the abbreviation "Calif.". The tokenizer's own
 * abbreviation handling decides, so no list is kept here.
 *
 * <pre>{@code
 * FinalPeriod.of("Calif"); // ABBREVIATION: "Calif." then "."
 * FinalPeriod.of("N.Y");   // JOINED: "N.Y." alone
 * FinalPeriod.of("Texas"); // SPLIT: "Texas" then "."
 * }</pre>
 */
public final class FinalPeriod {

  /** How the printed word and its sentence's period are tokenised. */
  public enum Reading {
    /** The word, then the sentence's period ("Texas ."), as the benchmark file has them. */
    SPLIT,
    /** The abbreviation with its period, then the sentence's period ("Calif. ."), one period printed. */
    ABBREVIATION,
    /** One token, the abbreviation's period also the sentence's ("N.Y."). */
    JOINED
  }

  private FinalPeriod() {}

  /** How CoreNLP's tokenizer reads {@code word} followed by a sentence-final period. */
  public static Reading of(String word) {
    List<CoreLabel> tokens =
        new PTBTokenizer<>(new StringReader(word + "."), new CoreLabelTokenFactory(), "").tokenize();
    if (tokens.isEmpty() || !tokens.get(0).word().equals(word + ".")) {
      return Reading.SPLIT;
    }
    return tokens.size() == 1 ? Reading.JOINED : Reading.ABBREVIATION;
  }
}
