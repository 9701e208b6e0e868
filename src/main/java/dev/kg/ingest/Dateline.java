package dev.kg.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line near the top of an article that says when it was published.
 *
 * <p>Either the line is only a date, perhaps labelled ({@code 6.06.2025}, {@code Published: June 6,
 * 2025}), and then it is metadata alone; or it opens with a wire-style place and date ({@code
 * PYONGYANG, June 6, 2025 — Russia's ...}), and then it is also article text.
 *
 * @param date the date the line gives
 * @param standalone whether the line holds nothing but the date, so it can leave the text
 */
record Dateline(LocalDate date, boolean standalone) {

  // "Published: ", "Last updated: ", "Updated ": one word, or two before a colon. A word in capitals
  // before a date is no label but a place ("LONDON 1996-08-30"), and names an entity.
  private static final Pattern LABEL = Pattern.compile("^(?:\\p{L}+(?:\\s\\p{L}+)?:|\\p{Lu}?\\p{Ll}+)\\s*");
  private static final Pattern PLACE_IN_CAPITALS = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{Pd}.']+(?:\\s\\p{Lu}[\\p{Lu}\\p{Pd}.']+)?\\s+");
  // Places hold no digits, which keeps "June 6" from being read as part of one.
  private static final Pattern PLACE_AND_DATE =
      Pattern.compile(
          "^\\p{Lu}[^,\\d—–]{0,40}(?:,\\s*\\p{Lu}[^,\\d—–]{0,40})?,\\s*(.+?)\\s*"
              + "(?:\\([^)]{1,40}\\)\\s*)?(?:[—–]|\\s--?\\s|$)");

  Dateline {
    Objects.requireNonNull(date, "date");
  }

  /** The dateline {@code line} is, or empty when it is not one. */
  static Optional<Dateline> parse(String line) {
    Optional<LocalDate> alone =
        NewsDate.parse(line).or(() -> NewsDate.parse(LABEL.matcher(line).replaceFirst("")));
    if (alone.isPresent()) {
      return Optional.of(new Dateline(alone.get(), true));
    }
    Matcher capitals = PLACE_IN_CAPITALS.matcher(line);
    if (capitals.lookingAt()) {
      Optional<LocalDate> afterPlace = NewsDate.parse(line.substring(capitals.end()));
      if (afterPlace.isPresent()) {
        return Optional.of(new Dateline(afterPlace.get(), false));
      }
    }
    Matcher placed = PLACE_AND_DATE.matcher(line);
    return placed.lookingAt()
        ? NewsDate.parse(placed.group(1)).map(date -> new Dateline(date, false))
        : Optional.empty();
  }
}
