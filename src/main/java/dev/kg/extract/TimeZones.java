package dev.kg.extract;

import dev.kg.nlp.AnnotatedText.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Time zones written beside a time ("at 12:00 UTC", "10am local time (UTC+3)", "9 a.m. EST"), which
 * CoreNLP's models tag organisations: the zone is known by the JDK's own names of its zones, and only
 * where a time or an offset stands next to it, since some of those names are words or acronyms
 * elsewhere ("ACT", "WEST").
 *
 * <pre>{@code
 * boolean zone = TimeZones.isZoneOfTime(tokens, mention.tokenStart(), mention.tokenEnd());
 * }</pre>
 */
final class TimeZones {

  private static final Set<String> ZONES = zones();
  private static final Pattern OFFSET = Pattern.compile("[+-]\\d{1,2}(?::?\\d{2})?");

  private TimeZones() {}

  /** Whether tokens {@code [start, end)} are one time zone name following a time or followed by an offset. */
  static boolean isZoneOfTime(List<Token> tokens, int start, int end) {
    if (end - start != 1 || !ZONES.contains(tokens.get(start).word())) {
      return false;
    }
    int before = start - 1;
    if (before >= 0 && Parentheses.opens(tokens.get(before))) {
      before--;
    }
    boolean afterTime = before >= 0 && tokens.get(before).ner().equals("TIME");
    boolean offset = end < tokens.size() && OFFSET.matcher(tokens.get(end).word()).matches();
    return afterTime || offset;
  }

  /**
   * The short English names the JDK gives its time zones, standard and daylight ("UTC", "GMT", "EST",
   * "EDT", "CEST", "MSK"), written as one upper-case word.
   */
  private static Set<String> zones() {
    Set<String> zones = new HashSet<>();
    for (String id : TimeZone.getAvailableIDs()) {
      TimeZone zone = TimeZone.getTimeZone(id);
      for (boolean daylight : new boolean[] {false, true}) {
        String name = zone.getDisplayName(daylight, TimeZone.SHORT, Locale.ENGLISH);
        if (name.matches("\\p{Lu}{3,5}")) {
          zones.add(name);
        }
      }
    }
    return Set.copyOf(zones);
  }
}
