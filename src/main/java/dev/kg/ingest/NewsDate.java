package dev.kg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates the way news pages and feeds write them.
 *
 * <p>Accepted: {@code 2025-06-06} (also with an ISO time), {@code 6.06.2025} (dotted dates are day
 * first, as on the European sites that use them), {@code 6/13/2025} (slashed dates are month first
 * unless the first number cannot be a month), {@code June 6, 2025}, {@code 6 June 2025} (or {@code 6-JUN-2025}, as
 * wire archives such as Reuters' write it), with English month names full or abbreviated. A weekday may come before and a time of day after, so feed dates
 * such as {@code Fri, 06 Jun 2025 10:00:00 GMT} read too.
 *
 * <pre>{@code
 * NewsDate.parse("6.06.2025");              // 2025-06-06
 * NewsDate.parse("Friday, June 6, 2025");   // 2025-06-06
 * NewsDate.parse("next week");              // empty
 * }</pre>
 */
final class NewsDate {

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final String MONTH_NAME =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  private static final Pattern WEEKDAY =
      Pattern.compile("^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_OF_DAY =
      Pattern.compile(
          "(?:(?:,?\\s*(?:at\\s+)?|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[ap]\\.?m\\.?)?"
              + "\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[a-z]{2,5})?)?\\s*",
          Pattern.CASE_INSENSITIVE);

  private static final List<Form> FORMS =
      List.of(
          new Form("(\\d{4})-(\\d{1,2})-(\\d{1,2})", m -> date(m.group(1), m.group(2), m.group(3))),
          new Form("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})", m -> date(m.group(3), m.group(2), m.group(1))),
          new Form("(\\d{1,2})/(\\d{1,2})/(\\d{4})", NewsDate::slashed),
          new Form(
              MONTH_NAME + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})",
              m -> date(m.group(3), month(m.group(1)), m.group(2))),
          new Form(
              "(\\d{1,2})" + ORDINAL + "(?:\\s+|-)" + MONTH_NAME + "(?:,?\\s+|-)(\\d{4})",
              m -> date(m.group(3), month(m.group(2)), m.group(1))));

  private NewsDate() {}

  /** The date {@code text} consists of, or empty when it is something else or no real day (31.02.2025). */
  static Optional<LocalDate> parse(String text) {
    String date = WEEKDAY.matcher(text.strip()).replaceFirst("");
    for (Form form : FORMS) {
      Matcher matcher = form.pattern().matcher(date);
      if (matcher.lookingAt() && TIME_OF_DAY.matcher(date.substring(matcher.end())).matches()) {
        try {
          return Optional.of(form.toDate().apply(matcher));
        } catch (DateTimeException notADay) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static LocalDate slashed(MatchResult match) {
    int first = Integer.parseInt(match.group(1));
    return first > 12
        ? date(match.group(3), match.group(2), match.group(1))
        : date(match.group(3), match.group(1), match.group(2));
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
  }

  private static LocalDate date(String year, String month, String day) {
    return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }

  private record Form(Pattern pattern, Function<MatchResult, LocalDate> toDate) {

    Form(String regex, Function<MatchResult, LocalDate> toDate) {
      this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), toDate);
    }
  }
}
