package dev.kg.extract;

/** Finer type of a {@link EntityType#LOCATION}, from CoreNLP's fine-grained NER. */
public enum LocationKind {
  COUNTRY,
  CITY,
  STATE_OR_PROVINCE,
  OTHER
}
