package dev.kg.resolve;

import dev.kg.extract.DocumentExtraction;
import java.util.Optional;

/**
 * The mappings to corpus entities decided for documents before they are written, by one batch
 * computation over all of them (a Spark run: {@link CombinedNames}, {@link Resolver#decide}, {@link
 * Resolver#targets}), for the writer to write each document with instead of deciding it again.
 */
@FunctionalInterface
public interface PresetMappings {

  /** No mapping decided beforehand: the writer decides each document. */
  PresetMappings NONE = local -> Optional.empty();

  /** The mapping decided for {@code local}, a document's extraction with its own entity ids, if any. */
  Optional<EntityMapping> of(DocumentExtraction local);
}
