package dev.kg.extract;

/**
 * Finer type of a {@link EntityType#LOCATION}, from the text's own evidence, CoreNLP's gazetteers and
 * its fine-grained NER (see {@code PlaceKinds}).
 */
public enum LocationKind {
  COUNTRY,
  CITY,
  STATE_OR_PROVINCE,
  /** A continent, sea or region: Asia, the Sea of Japan, the Amur region. */
  REGION,
  /** A site: a spaceport, airport, military base, port or dam. */
  FACILITY,
  OTHER
}
