package dev.kg.extract.event;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.NamedMention;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date expression of a document, normalised as far as the text allows: ISO {@code 2024-06-19},
 * {@code 2024-06} or {@code 2024}, or no value at all, beside the words it was read from.
 *
 * <p>CoreNLP's SUTime already resolves expressions against the document's publication date ("on
 * Wednesday" in an article of 6 June 2025 is 2025-06-04, "last September" 2024-09). What it cannot see
 * is the story's own time line: a bare month ("in June", "in late March of the same year") after the
 * text has named a year belongs to that year, not to the publication year, so such an expression takes
 * the year of the nearest explicit year before it. A value without a year (a bare month in an undated
 * article) is no date: kg never invents precision the text does not give.
 *
 * <pre>{@code
 * List<EventDate> dates = EventDate.of(annotated);   // in text order
 * }</pre>
 *
 * @param sentence sentence index
 * @param tokenStart first token within the sentence
 * @param tokenEnd token just past the expression
 * @param value ISO date or partial date, or {@code null} when the text gives no year
 * @param text the expression as written
 */
public record EventDate(int sentence, int tokenStart, int tokenEnd, String value, String text) {

  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}|XXXX)(?:-(\\d{2}))?(?:-(\\d{2}))?(?![\\dW])");
  private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  private static final List<String> MONTHS =
      List.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december");
  private static final Pattern MONTH_NAME = Pattern.compile("\\b(" + String.join("|", MONTHS) + ")\\b");
  // Words that anchor an expression to the publication date rather than to the story's last year.
  private static final Pattern DEICTIC =
      Pattern.compile(
          "\\b(this|last|next|ago|today|yesterday|tomorrow|tonight|recent|recently|monday|tuesday|"
              + "wednesday|thursday|friday|saturday|sunday)\\b");

  /** The document's date expressions in text order, each resolved against the ones before it. */
  public static List<EventDate> of(AnnotatedText annotated) {
    List<EventDate> dates = new ArrayList<>();
    String storyYear = null;
    for (NamedMention mention : annotated.entityMentions()) {
      if (!mention.ner().equals("DATE")) {
        continue;
      }
      String text = mention.text();
      String lower = text.toLowerCase(Locale.ROOT);
      Matcher iso = ISO_PREFIX.matcher(mention.normalized() == null ? "" : mention.normalized());
      String value = null;
      if (iso.find()) {
        Matcher explicit = EXPLICIT_YEAR.matcher(text);
        String year = iso.group(1);
        if (explicit.find()) {
          storyYear = explicit.group(1);
        } else if (iso.group(2) != null && storyYear != null && !DEICTIC.matcher(lower).find()) {
          year = storyYear;
        }
        if (!year.equals("XXXX")) {
          value = year + (iso.group(2) == null ? "" : "-" + iso.group(2)) + (iso.group(3) == null ? "" : "-" + iso.group(3));
        }
      }
      dates.add(new EventDate(mention.sentence(), mention.tokenStart(), mention.tokenEnd(), value, text));
    }
    return dates;
  }

  /** Whether the expression covers token {@code token} of sentence {@code sentence}. */
  boolean covers(int sentence, int token) {
    return this.sentence == sentence && token >= tokenStart && token < tokenEnd;
  }

  /** Whether two dates can name the same day: equal, or one a prefix of the other ({@code 2024-06}, {@code 2024-06-19}). */
  public static boolean compatible(String a, String b) {
    return a == null || b == null || a.startsWith(b) || b.startsWith(a);
  }

  /**
   * Whether a report dated {@code value}, its date written {@code text}, can name a day of {@code
   * date}: as {@link #compatible(String, String)}, and a report whose date names a month but no year
   * ("In June" in an undated article, whose value is {@code null}) cannot be of a date in another
   * month ({@code 2000-07}).
   */
  public static boolean compatible(String date, String value, String text) {
    if (!compatible(date, value)) {
      return false;
    }
    if (value != null || text == null || date == null || date.length() < 7) {
      return true;
    }
    Matcher month = MONTH_NAME.matcher(text.toLowerCase(Locale.ROOT));
    return !month.find() || Integer.parseInt(date.substring(5, 7)) == MONTHS.indexOf(month.group(1)) + 1;
  }

  /** Whether a date written {@code text} names a month ("last September", "In June"). */
  public static boolean namesMonth(String text) {
    return text != null && MONTH_NAME.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Whether an event dated {@code value} happened at another time than the news of a document published
   * on {@code published}: news reports what happened in the week before it, where a weekday alone says
   * which day ("today", "yesterday", "on Wednesday", "this month" are the news; "two weeks ago", "last
   * month" or "in May 2006" are not). In a document without a date any date is another time, and no
   * date is none.
   */
  public static boolean beforeTheNews(String value, String published) {
    if (value == null) {
      return false;
    }
    if (published == null) {
      return true;
    }
    if (value.length() == 10 && published.length() == 10) {
      long days = ChronoUnit.DAYS.between(LocalDate.parse(value), LocalDate.parse(published));
      return days < 0 || days > 7;
    }
    return !compatible(value, published);
  }

  /** The more precise of two compatible dates. */
  public static String finer(String a, String b) {
    if (a == null) {
      return b;
    }
    return b != null && b.length() > a.length() ? b : a;
  }
}
